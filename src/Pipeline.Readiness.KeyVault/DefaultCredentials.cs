using System.Text.RegularExpressions;

namespace Pipeline.Readiness.KeyVault;

/// <summary>Known default and test credentials (<c>postgres:postgres</c>, <c>password</c>, <c>changeme</c>,
/// Stripe test keys…), recognised in a raw value, a connection string or a URL. Values are compared in memory only.</summary>
internal static partial class DefaultCredentials
{
    private static readonly HashSet<string> Defaults = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passw0rd", "changeme", "change_me", "admin", "root", "secret", "postgres", "sa", "123456", "12345678",
        "test", "default", "letmein", "guest", "example", "qwerty",
    };

    public static string? Why(string value)
    {
        var trimmed = value.Trim();
        if (Defaults.Contains(trimmed))
        {
            return "a well-known default password";
        }

        if (TestKey().IsMatch(trimmed))
        {
            return "a test-mode API key";
        }

        var embedded = ConnectionPassword().Matches(trimmed).Select(m => m.Groups["password"].Value)
            .Concat(UrlPassword().Matches(trimmed).Select(m => m.Groups["password"].Value));
        return embedded.Any(Defaults.Contains) ? "a connection string with a well-known default password" : null;
    }

    [GeneratedRegex(@"^(?:sk|pk|rk)_test_|^AKIAIOSFODNN7EXAMPLE$", RegexOptions.IgnoreCase)]
    private static partial Regex TestKey();

    [GeneratedRegex(@"(?i)(?:password|pwd)\s*=\s*(?<password>[^;]+)")]
    private static partial Regex ConnectionPassword();

    [GeneratedRegex(@"://[^:/@\s]+:(?<password>[^@\s]+)@")]
    private static partial Regex UrlPassword();
}
