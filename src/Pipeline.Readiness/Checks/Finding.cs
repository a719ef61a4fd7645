using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Readiness.Checks;

/// <summary>One thing a check found: rule, severity, repository-relative file and line, message, and a fingerprint
/// computed from content (not the line number), so moving code does not change it.</summary>
public sealed record Finding(string Rule, FindingSeverity Severity, string? File, int? Line, string Message, string Fingerprint)
{
    /// <summary>Creates a finding whose fingerprint is derived from the rule, the file and <paramref name="content"/>
    /// (the offending text, or a hash of it for secrets).</summary>
    public static Finding Create(string rule, FindingSeverity severity, string? file, int? line, string message, string content) =>
        new(rule, severity, file?.Replace('\\', '/'), line, message, FingerprintOf(rule, file ?? string.Empty, content));

    /// <summary>A stable 16-hex-digit fingerprint of the given parts.</summary>
    public static string FingerprintOf(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}
