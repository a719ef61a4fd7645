using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>What separates a secret from a look-alike: entropy (random-looking), and not a placeholder, reference,
/// UUID or repeated character.</summary>
internal static partial class SecretGates
{
    private static readonly string[] PlaceholderParts =
    [
        "changeme", "change_me", "change-me", "example", "placeholder", "dummy", "your_", "your-", "yourpassword", "xxx", "***",
        "<", ">", "${", "{{", "%(", "$(", "#{", "redacted", "replace", "insert", "todo", "sample", "goeshere", "gohere", "here>", "not-a-secret", "notasecret",
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

    private static readonly HashSet<string> DefaultPasswords = new(StringComparer.OrdinalIgnoreCase)
    {
        "postgres", "admin", "root", "guest", "user", "test", "app", "dev", "local", "pass", "password", "secret", "mysql", "sa", "rabbitmq", "redis",
    };

    /// <summary>Whether a URL's password is a product's well-known default rather than a secret: the user name again
    /// (<c>postgres:postgres</c>, <c>app:app</c>) or a stock default (<c>guest</c>, <c>admin</c>). Such a URL is a local
    /// development example; a production service using one fails the credentials item, not this one.</summary>
    public static bool IsDefaultCredential(string user, string password) =>
        user.Equals(password, StringComparison.OrdinalIgnoreCase) || DefaultPasswords.Contains(password);

    /// <summary>Shannon entropy in bits per character.</summary>
    public static double Entropy(string value) => value.GroupBy(c => c)
        .Select(g => (double)g.Count() / value.Length)
        .Sum(p => -p * Math.Log2(p));

    [GeneratedRegex(@"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex Uuid();

    /// <summary>Whether a value is code rather than a literal: a call, on a dotted name or not, closed or opening a
    /// multi-line argument list (<c>logs.request_id.set(rid)</c>, <c>generate_blob_sas(</c>), a member reference
    /// (<c>settings.aws_secret_access_key,</c>, <c>string.Empty;</c>), a type or initializer (<c>map[string]string{</c>),
    /// or a language keyword (<c>default;</c>, <c>None</c>) — what an assignment in a code snippet holds when the secret
    /// comes from elsewhere. A bare word is not enough, nor are dots alone where a segment is not a word (a JWT).</summary>
    public static bool IsCodeExpression(string value) => CodeExpression().IsMatch(value) || MemberReference().IsMatch(value)
        || Keyword().IsMatch(value);

    [GeneratedRegex(@"^(?:new\s+)?[A-Za-z_][A-Za-z0-9_]*(?:(?:\.|::|->)[A-Za-z_][A-Za-z0-9_]*)*(?:\[[^\]]*\][A-Za-z0-9_\[\]]*)?(?:\(.*|\{|\[)[,;)]*$")]
    private static partial Regex CodeExpression();

    [GeneratedRegex(@"^[a-z_][a-z0-9_]*(?:(?:\.|::|->)[A-Za-z_][A-Za-z0-9_]*)+[,;)]*$|^[A-Z][A-Za-z]*\.[A-Z][A-Za-z]*[,;)]*$")]
    private static partial Regex MemberReference();

    [GeneratedRegex(@"^(?:default|null|nil|None|undefined|true|false|True|False)[,;)]*$")]
    private static partial Regex Keyword();

    /// <summary>Whether a value names a variable rather than holds a secret: an environment variable's name
    /// (<c>API_BASE_URL</c>) or a lower-case identifier (<c>database-url</c>).</summary>
    public static bool IsIdentifier(string value) => value.All(c => char.IsAsciiLetterLower(c) || c is '-' or '_' or '.') || EnvironmentName().IsMatch(value);

    [GeneratedRegex(@"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")]
    private static partial Regex EnvironmentName();

    /// <summary>Whether a value is shaped like a JWT (<c>eyJ…</c> with dots) but cannot be a signed one: its signature
    /// is missing, short or a word (<c>….invalid</c>), as test fixtures of rejected tokens are.</summary>
    public static bool IsUnsignedJwt(string value)
    {
        if (!value.StartsWith("eyJ", StringComparison.Ordinal))
        {
            return false;
        }

        var parts = value.Split('.');
        return parts.Length != 3 || parts[2].Length < 16 || parts[2].All(char.IsAsciiLetterLower);
    }

    /// <summary>Whether a documentation example's value is a password a person typed to illustrate one
    /// (<c>SecurePass123!</c>, <c>NewPass456!</c>): up to three capitalised words, then digits and at most two symbols.
    /// Real credentials in documentation are random, and those still count.</summary>
    public static bool IsIllustrativePassword(string value) => IllustrativePassword().IsMatch(value);

    [GeneratedRegex(@"^(?:[A-Z]?[a-z]{2,}){1,3}[0-9]{0,6}[!@#$%^&*?.]{0,2}$")]
    private static partial Regex IllustrativePassword();
}
