using System.Globalization;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>Renders <c>report.json</c>, the machine-readable verdict (schema version 1).</summary>
internal static class JsonReport
{
    public const int SchemaVersion = 1;

    public static string Render(ReadinessVerdict verdict)
    {
        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => verdict.Items.Count(i => i.Status == s));
        var report = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["commit"] = verdict.Commit,
            ["generatedAt"] = verdict.GeneratedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["verdict"] = verdict.Passed ? "passed" : "refused",
            ["counts"] = new JsonObject([.. counts.Select(c => KeyValuePair.Create(EvidenceJson.Name(c.Key), (JsonNode?)c.Value))]),
            ["items"] = new JsonArray([.. verdict.Items.Select(EvidenceJson.Item)]),
            ["problems"] = new JsonArray([.. verdict.Problems.Select(p => new JsonObject
            {
                ["file"] = p.File,
                ["line"] = p.Line,
                ["field"] = p.Field,
                ["message"] = p.Message,
            })]),
            ["unusedWaivers"] = new JsonArray([.. verdict.UnusedWaivers.Select(EvidenceJson.Waiver)]),
            ["signOffs"] = new JsonArray([.. verdict.SignOffs.Select(EvidenceJson.SignOff)]),
        };
        return report.ToJsonString(EvidenceJson.Indented) + "\n";
    }
}
