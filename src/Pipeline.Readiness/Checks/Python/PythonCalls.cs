using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Calls in Python source read as text: each match of a pattern ending in <c>(</c>, outside comments, with
/// its line and the text of its arguments up to the balancing parenthesis (which may span lines).</summary>
internal static class PythonCalls
{
    /// <summary>The calls <paramref name="call"/> finds in <paramref name="text"/>.</summary>
    public static IEnumerable<(int Line, string Arguments)> Find(string text, Regex call)
    {
        foreach (Match match in call.Matches(text))
        {
            var lineStart = text.LastIndexOf('\n', Math.Max(0, match.Index - 1)) + 1;
            if (text[lineStart..match.Index].Contains('#', StringComparison.Ordinal))
            {
                continue;
            }

            var (depth, end) = (1, match.Index + match.Length);
            while (end < text.Length && depth > 0)
            {
                depth += text[end] == '(' ? 1 : text[end] == ')' ? -1 : 0;
                end++;
            }

            yield return (ServiceSource.LineOf(text, match.Index), text[(match.Index + match.Length)..Math.Max(match.Index + match.Length, end - 1)]);
        }
    }
}
