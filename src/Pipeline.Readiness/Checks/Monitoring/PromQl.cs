using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>The metric names a PromQL expression reads (identifiers that are not functions, keywords, label names
/// in braces or by/without lists, or durations).</summary>
internal static partial class PromQl
{
    private static readonly HashSet<string> Keywords = ["by", "without", "on", "ignoring", "group_left", "group_right", "bool", "and", "or", "unless", "offset", "inf", "nan"];

    /// <summary>The metric names in <paramref name="expression"/>.</summary>
    public static IReadOnlySet<string> Metrics(string expression)
    {
        var text = Braces().Replace(Grouping().Replace(Strings().Replace(expression, string.Empty), string.Empty), string.Empty);
        return Identifier().Matches(text).Where(m => !Keywords.Contains(m.Value.ToLowerInvariant()) && !IsFunctionCall(text, m))
            .Select(m => m.Value).ToHashSet(StringComparer.Ordinal);
    }

    private static bool IsFunctionCall(string text, Match match)
    {
        var next = match.Index + match.Length;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        return next < text.Length && text[next] == '(';
    }

    [GeneratedRegex(@"(?<![\w:.])[a-zA-Z_:][a-zA-Z0-9_:]*(?![\w:])")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"\{[^}]*\}|\[[^\]]*\]")]
    private static partial Regex Braces();

    [GeneratedRegex(@"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)", RegexOptions.IgnoreCase)]
    private static partial Regex Grouping();

    [GeneratedRegex(@"""[^""]*""|'[^']*'")]
    private static partial Regex Strings();
}
