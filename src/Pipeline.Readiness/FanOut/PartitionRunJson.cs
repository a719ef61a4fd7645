using System.Text.Json.Nodes;
using Json = Pipeline.Readiness.PartEvidenceJson.Json;

namespace Pipeline.Readiness;

/// <summary>A <see cref="PartitionRun"/> in a partition's <see cref="PartEvidenceJson.FileName"/>; read strictly.</summary>
internal static class PartitionRunJson
{
    public static JsonObject Write(PartitionRun run) => new()
    {
        ["key"] = run.Key,
        ["root"] = run.Root,
        ["units"] = Strings(run.Units),
        ["ran"] = Strings(run.Ran),
        ["files"] = new JsonArray([.. run.Files.Select(f => (JsonNode?)new JsonObject { ["run"] = f.Run, ["kind"] = f.Kind, ["path"] = f.Path, ["sha256"] = f.Sha256 })]),
        ["notRun"] = new JsonObject([.. run.NotRun.Select(n => KeyValuePair.Create(n.Key, (JsonNode?)n.Value))]),
        ["summary"] = run.Summary,
        ["blocks"] = run.Blocks,
        ["rest"] = run.Rest,
    };

    /// <exception cref="FormatException">A field is missing or mistyped.</exception>
    public static PartitionRun Read(JsonNode? node, string where)
    {
        var run = node as JsonObject ?? throw new FormatException($"{where} must be an object");
        var files = Json.Array(run, "files", where).Select((f, i) => f as JsonObject ?? throw new FormatException($"{where}.files[{i}] must be an object"))
            .Select((f, i) => new PartitionFile(Json.String(f, "run", $"{where}.files[{i}]"), Json.String(f, "kind", $"{where}.files[{i}]"), Json.String(f, "path", $"{where}.files[{i}]"), Json.String(f, "sha256", $"{where}.files[{i}]")))
            .ToList();
        return new PartitionRun(
            Json.String(run, "key", where), Json.String(run, "root", where), ReadStrings(run, "units", where), ReadStrings(run, "ran", where), files,
            Json.Map(run, "notRun", where, (o, k, w) => Json.String(o, k, w)))
        {
            Summary = Json.String(run, "summary", where),
            Blocks = Json.Bool(run, "blocks", where),
            Rest = Json.Bool(run, "rest", where),
        };
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)v)]);

    private static List<string> ReadStrings(JsonObject o, string key, string where) =>
        [.. Json.Array(o, key, where).Select((v, i) => v is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw new FormatException($"{where}.{key}[{i}] must be a string"))];
}
