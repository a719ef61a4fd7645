using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>What separates a secret from a look-alike: entropy (random-looking), and not a placeholder, reference,
/// UUID or repeated character.</summary>
internal static partial class SecretGates
{
    private static readonly string[] PlaceholderParts =
    [
        "changeme", "change_me", "change-me", "example", "placeholder", "dummy", "your_", "your-", "yourpassword", "xxx", "***",
        "<", ">", "${", "{{", "%(", "$(", "#{", "redacted", "replace", "insert", "todo", "sample", "not-a-secret", "notasecret",
        "secret", "password", "token", // a value that spells its own key is a name ("orders-client-secret"), not a credential
    ];

    private static readonly HashSet<string> PlaceholderWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "passwd", "pass", "secret", "token", "apikey", "api_key", "null", "none", "empty", "string", "value", "true", "false",
    };

    public static bool IsPlaceholder(string value)
    {
        var lower = value.ToLowerInvariant();
        return PlaceholderWords.Contains(value) || PlaceholderParts.Any(lower.Contains) || value.Distinct().Count() <= 2
            || Uuid().IsMatch(value) || value.StartsWith('$') || value.StartsWith('%') || value.StartsWith('@');
    }

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value) => value.GroupBy(c => c)
        .Select(g => (double)g.Count() / value.Length)
        .Sum(p => -p * Math.Log2(p));

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();
}
