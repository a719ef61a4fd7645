using System.Globalization;
using System.Text.Json.Nodes;
using static Pipeline.Readiness.PartEvidenceJson.Json;

namespace Pipeline.Readiness;

/// <summary>One check's outcome as a fanned-out job hands it over: every field, so the fan-in's decision and reports
/// are the ones the job's own evaluation would make.</summary>
internal static class OutcomeJson
{
    public static JsonNode Write(CheckOutcome outcome) => new JsonObject
    {
        ["name"] = outcome.CheckName,
        ["stack"] = outcome.Stack,
        ["reused"] = outcome.Reused is { } mark ? new JsonObject
        {
            ["commit"] = mark.Commit,
            ["madeAt"] = mark.MadeAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            ["key"] = mark.Key,
        } : null,
        ["startedAt"] = outcome.StartedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        ["durationTicks"] = outcome.Duration.Ticks,
        ["status"] = EvidenceJson.Name(outcome.Result.Status),
        ["summary"] = outcome.Result.Summary,
        ["examined"] = outcome.Result.Examined,
        ["tool"] = outcome.Result.Tool,
        ["figures"] = new JsonObject([.. outcome.Result.Figures.Select(f => KeyValuePair.Create(f.Key, (JsonNode?)JsonValue.Create(f.Value)))]),
        ["inputs"] = new JsonObject([.. outcome.Result.Inputs.Select(i => KeyValuePair.Create(i.Key, (JsonNode?)i.Value))]),
        ["findings"] = new JsonArray([.. outcome.Result.Findings.Select(f => (JsonNode?)new JsonObject
        {
            ["rule"] = f.Rule,
            ["severity"] = EvidenceJson.Name(f.Severity),
            ["file"] = f.File,
            ["line"] = f.Line,
            ["message"] = f.Message,
            ["fingerprint"] = f.Fingerprint,
        })]),
        ["ran"] = new JsonArray([.. outcome.Processes.Select(p => (JsonNode?)new JsonObject
        {
            ["executable"] = p.Executable,
            ["commandLine"] = p.CommandLine,
            ["exitCode"] = p.ExitCode,
        })]),
    };

    /// <exception cref="FormatException">A field is missing or mistyped.</exception>
    public static CheckOutcome Read(JsonNode? node, string where)
    {
        var o = node as JsonObject ?? throw new FormatException($"{where} holds something that is not an object");
        var name = String(o, "name", where);
        where = $"{where}[{name}]";
        var result = new CheckResult(Enum<CheckStatus>(o, "status", where), String(o, "summary", where), Int(o, "examined", where))
        {
            Tool = OptionalString(o, "tool", where),
            Figures = Map(o, "figures", where, Double),
            Inputs = Map(o, "inputs", where, String),
            Findings = [.. Array(o, "findings", where).Select(f => f as JsonObject ?? throw new FormatException($"{where}.findings holds something that is not an object")).Select(f => new Finding(
                String(f, "rule", where + ".findings"), Enum<FindingSeverity>(f, "severity", where + ".findings"), OptionalString(f, "file", where + ".findings"),
                f["line"] is null ? null : Int(f, "line", where + ".findings"), String(f, "message", where + ".findings"), String(f, "fingerprint", where + ".findings")))],
        };
        return new CheckOutcome(name, result, Time(o, "startedAt", where), TimeSpan.FromTicks(Long(o, "durationTicks", where)))
        {
            Stack = OptionalString(o, "stack", where),
            Reused = o["reused"] is JsonObject r ? new ReuseMark(String(r, "commit", where + ".reused"), Time(r, "madeAt", where + ".reused"), String(r, "key", where + ".reused")) : null,
            Processes = [.. Array(o, "ran", where).Select(p => p as JsonObject ?? throw new FormatException($"{where}.ran holds something that is not an object"))
                .Select(p => new ProcessRecord(String(p, "executable", where + ".ran"), String(p, "commandLine", where + ".ran"), Int(p, "exitCode", where + ".ran")))],
        };
    }
}
