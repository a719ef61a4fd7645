using System.Text.Json;

namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Structured logging": the service logs, and every line is a JSON object.</summary>
internal sealed class StructuredLoggingRule : RuntimeRule
{
    public override string Name => "structuredlogging";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.LogLines.Count == 0
        ? RuleOutcome.Broken("the service wrote no log line")
        : RuleOutcome.Of(seen.LogLines.Where(l => !IsJsonObject(l)).Take(3).Select(l => $"a log line is not JSON: '{(l.Length > 80 ? l[..80] + "…" : l)}'"),
            $"all {seen.LogLines.Count} log lines are JSON objects");

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
