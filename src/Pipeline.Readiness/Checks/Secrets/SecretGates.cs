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

    /// <summary>Whether an unquoted value is code rather than a literal: a call, on a dotted name or not
    /// (<c>logs.request_id.set(rid)</c>, <c>os.environ.get(KEY)</c>, <c>read_secret()</c>) — what an assignment in source
    /// code holds when the secret comes from elsewhere. A bare dotted value is not enough (a JWT has dots too).</summary>
    public static bool IsCodeExpression(string value) => CodeExpression().IsMatch(value);

    [System.Text.RegularExpressions.GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\([^()]*\)[,;]?$")]
    private static partial System.Text.RegularExpressions.Regex CodeExpression();
}
