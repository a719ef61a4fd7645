using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Reads the Prometheus text exposition format: <c># HELP</c>/<c># TYPE</c> comments and samples
/// <c>name{labels} value [timestamp]</c>. Returns the metric names (histogram and summary series included) or the
/// first line that does not parse.</summary>
internal static partial class PrometheusText
{
    /// <summary>The metric names, or an error naming the line.</summary>
    public static (IReadOnlySet<string> Names, string? Error) Parse(string text)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith('#'))
            {
                if (Comment().Match(line) is { Success: true } comment)
                {
                    names.Add(comment.Groups[1].Value);
                }

                continue;
            }

            if (Sample().Match(line) is not { Success: true } sample)
            {
                return (names, $"line {i + 1} is not a Prometheus sample: '{(line.Length > 60 ? line[..60] + "…" : line)}'");
            }

            names.Add(sample.Groups[1].Value);
        }

        return names.Count == 0 ? (names, "no metric at all") : (names, null);
    }

    [GeneratedRegex(@"^# (?:HELP|TYPE) ([a-zA-Z_:][a-zA-Z0-9_:]*)\b")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{.*\})?\s+([-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?|[-+]?Inf|NaN)(\s+-?\d+)?$")]
    private static partial Regex Sample();
}
