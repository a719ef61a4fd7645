using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Readiness.Checks;

/// <summary>One thing a check found: rule, severity, repository-relative file and line, message, and a fingerprint
/// computed from content (not the line number), so moving code does not change it.</summary>
public sealed record Finding(string Rule, FindingSeverity Severity, string? File, int? Line, string Message, string Fingerprint)
{
    /// <summary>Creates a finding whose fingerprint is derived from the rule, the file and <paramref name="content"/>
    /// (the offending text, or a hash of it for secrets).</summary>
    /// <param name="rule">The rule's id, e.g. <c>file.missing</c>.</param>
    /// <param name="severity">How bad it is.</param>
    /// <param name="file">The repository-relative file, if any.</param>
    /// <param name="line">The 1-based line, if any.</param>
    /// <param name="message">What was found; never the secret itself.</param>
    /// <param name="content">What identifies the finding across edits (never shown).</param>
    /// <returns>The finding.</returns>
    public static Finding Create(string rule, FindingSeverity severity, string? file, int? line, string message, string content) =>
        new(rule, severity, file?.Replace('\\', '/'), line, message, FingerprintOf(rule, file ?? string.Empty, content));

    /// <summary>A stable 16-hex-digit fingerprint of the given parts.</summary>
    /// <param name="parts">What identifies the thing found.</param>
    /// <returns>The fingerprint a waiver names.</returns>
    public static string FingerprintOf(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}
