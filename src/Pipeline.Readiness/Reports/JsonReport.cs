using System.Globalization;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>Renders <c>report.json</c>, the machine-readable verdict (schema version 2): what it covers (scope,
/// checklist version and item count, commit, whether the tree was clean) and a digest over its content.</summary>
internal static class JsonReport
{
    public const int SchemaVersion = 2;

    public static string Render(ReadinessVerdict verdict)
    {
        var counts = Enum.GetValues<ItemStatus>().ToDictionary(s => s, s => verdict.Items.Count(i => i.Status == s));
        var report = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["commit"] = verdict.Commit,
            ["generatedAt"] = verdict.GeneratedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["verdict"] = verdict.Passed ? "passed" : "refused",
            ["coverage"] = new JsonObject
            {
                ["scope"] = verdict.Coverage.Scope,
                ["checklistVersion"] = verdict.Coverage.ChecklistVersion,
                ["checklistItems"] = verdict.Coverage.ChecklistItems,
                ["itemsEvaluated"] = verdict.Items.Count,
                ["treeClean"] = verdict.Coverage.TreeClean,
                ["dirtyPaths"] = new JsonArray([.. verdict.Coverage.DirtyPaths.Select(p => (JsonNode?)p)]),
            },
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
        if (verdict.ReceivedFrom.Count > 0)
        {
            report["receivedFrom"] = new JsonArray([.. verdict.ReceivedFrom.Select(s => (JsonNode?)s)]);
        }

        report[ReportDigest.Field] = ReportDigest.Of(report);
        return report.ToJsonString(EvidenceJson.Indented) + "\n";
    }
}
