using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The one masking function for configuration values the gate prints: the password of every URL with
/// userinfo (<c>scheme://user:password@host</c>, whatever characters or percent-encoding the password holds, up to the
/// last <c>@</c> of the URL) and every password of a keyword connection string (<c>Password=…;</c>, <c>Pwd=…</c>,
/// quoted or not) become <c>***</c>. It masks more rather than less: an unusual value loses more text, never leaks.</summary>
internal static partial class CredentialMask
{
    public const string Mask = "***";

    public static string Apply(string text) => Keywords().Replace(Urls(text), m => m.Groups["key"].Value + Mask);

    /// <summary>True when <paramref name="value"/> holds a password in either form.</summary>
    public static bool HasPassword(string value) => Apply(value) != value;

    private static string Urls(string text)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        for (var scheme = text.IndexOf("://", StringComparison.Ordinal); scheme >= 0; scheme = text.IndexOf("://", position, StringComparison.Ordinal))
        {
            var start = scheme + 3;
            var end = start;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('"' or '\'' or '<' or '>'))
            {
                end++;
            }

            var at = text.LastIndexOf('@', end - 1, end - start);
            var colon = at < 0 ? -1 : text.IndexOf(':', start, at - start);
            if (colon < 0 || colon + 1 == at)
            {
                result.Append(text, position, end - position);
            }
            else
            {
                result.Append(text, position, colon + 1 - position).Append(Mask).Append(text, at, end - at);
            }

            position = end;
            if (position >= text.Length)
            {
                break;
            }
        }

        return result.Append(text, Math.Min(position, text.Length), text.Length - Math.Min(position, text.Length)).ToString();
    }

    [GeneratedRegex(@"(?i)(?<key>\b(?:password|pwd|passwd)\s*=\s*)(?<value>""(?:[^""]|"""")*""|'(?:[^']|'')*'|[^;""']+)")]
    private static partial Regex Keywords();
}
