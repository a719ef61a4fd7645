using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>Alerting rules kept in Markdown, as the seed's template keeps them (<c>docs/alerting_rules.md</c>: rules in
/// fenced YAML blocks to copy into Prometheus). Read line by line inside YAML blocks, not parsed as YAML: such docs are
/// often themselves templates (<c>{{ "{{" }} $value }}</c>) that no YAML parser accepts, and their rules still count.</summary>
internal static partial class MarkdownAlertRules
{
    /// <summary>The rules in the YAML blocks of <paramref name="file"/>, with the file's line numbers.</summary>
    public static IEnumerable<AlertRule> Read(string file)
    {
        var lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
        var inYaml = false;
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is { Success: true } fence)
            {
                inYaml = !inYaml && fence.Groups[1].Value.ToLowerInvariant() is "yaml" or "yml";
                continue;
            }

            if (!inYaml || AlertLine().Match(lines[i]) is not { Success: true } alert)
            {
                continue;
            }

            var indent = alert.Groups[1].Value.Length + 2; // the rule's keys sit under "- "
            var (expression, forValue, severity) = ((string?)null, (string?)null, (string?)null);
            for (var j = i + 1; j < lines.Length && !Fence().IsMatch(lines[j]) && (lines[j].Trim().Length == 0 || Indent(lines[j]) >= indent) && !AlertLine().IsMatch(lines[j]); j++)
            {
                var line = lines[j];
                if (Indent(line) == indent && Key().Match(line) is { Success: true } key)
                {
                    var value = key.Groups[2].Value.Trim();
                    switch (key.Groups[1].Value)
                    {
                        case "expr" when value is "|" or ">" or "|-" or ">-" or "":
                            expression = string.Join('\n', lines.Skip(j + 1).TakeWhile(l => l.Trim().Length == 0 || Indent(l) > indent).Select(l => l.Trim()));
                            break;
                        case "expr":
                            expression = value.Trim('"', '\'');
                            break;
                        case "for":
                            forValue = value;
                            break;
                    }
                }
                else if (SeverityLine().Match(line) is { Success: true } level)
                {
                    severity = level.Groups[1].Value.Trim('"', '\'');
                }
            }

            yield return new AlertRule(alert.Groups[2].Value.Trim(), i + 1, expression, forValue, severity);
        }
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    [GeneratedRegex(@"^\s*(?:```|~~~)\s*(\w*)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(\s*)- alert:\s*(\S+)")]
    private static partial Regex AlertLine();

    [GeneratedRegex(@"^\s*(expr|for):\s*(.*)$")]
    private static partial Regex Key();

    [GeneratedRegex(@"^\s+severity:\s*(\S+)")]
    private static partial Regex SeverityLine();
}
