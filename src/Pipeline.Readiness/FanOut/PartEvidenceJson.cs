using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness;

/// <summary>The file a fanned-out job writes (<see cref="FileName"/>, schema version 1): its part's evidence, whole
/// (every field of every outcome, so the fan-in decides exactly as the job's own evaluation did), with a digest over
/// the rest of the file. Reading is strict: a missing or mistyped field is an error naming the file and the field.</summary>
internal static class PartEvidenceJson
{
    public const string FileName = "evidence-part.json";

    private const int SchemaVersion = 1;

    /// <summary>The file's text and its digest.</summary>
    public static (string Text, string Digest) Render(PartEvidence evidence)
    {
        var file = new JsonObject
        {
            ["schemaVersion"] = SchemaVersion,
            ["part"] = evidence.Part,
            ["commit"] = evidence.Commit,
            ["treeClean"] = evidence.TreeClean,
            ["dirtyPaths"] = new JsonArray([.. evidence.DirtyPaths.Select(p => (JsonNode?)p)]),
            ["checklistVersion"] = evidence.ChecklistVersion,
            ["configuration"] = evidence.Configuration,
            ["items"] = new JsonObject([.. evidence.Outcomes.Select(o => KeyValuePair.Create(o.Key, (JsonNode?)new JsonArray([.. o.Value.Select(OutcomeJson.Write)])))]),
        };
        if (evidence.Partition is { } partition)
        {
            file["partition"] = new JsonObject { ["index"] = partition.Index, ["count"] = partition.Count };
            file["testRuns"] = new JsonArray([.. evidence.TestRuns.Select(r => (JsonNode?)PartitionRunJson.Write(r))]);
        }

        var digest = ReportDigest.Of(file);
        file[ReportDigest.Field] = digest;
        return (file.ToJsonString(EvidenceJson.Indented) + "\n", digest);
    }

    /// <summary>Reads a file <see cref="Render"/> wrote; <see cref="PartEvidence.Digest"/> is the recorded one, and
    /// the second value the digest of the content as it is now.</summary>
    /// <exception cref="FormatException">The file is not valid JSON or a field is missing or mistyped.</exception>
    public static (PartEvidence Evidence, string ContentDigest) Read(string text)
    {
        JsonObject file;
        try
        {
            file = JsonNode.Parse(text) as JsonObject ?? throw new FormatException("the file is not a JSON object");
        }
        catch (JsonException exception)
        {
            throw new FormatException($"not valid JSON: {exception.Message}", exception);
        }

        var version = Json.Int(file, "schemaVersion");
        if (version != SchemaVersion)
        {
            throw new FormatException($"schemaVersion is {version}; this build reads {SchemaVersion}");
        }

        var items = Json.Object(file, "items");
        var outcomes = items.ToDictionary(
            i => i.Key,
            i => (IReadOnlyList<CheckOutcome>)[.. (i.Value as JsonArray ?? throw new FormatException($"items.{i.Key} is not an array")).Select(o => OutcomeJson.Read(o, $"items.{i.Key}"))],
            StringComparer.Ordinal);
        var evidence = new PartEvidence(
            Json.String(file, "part"), Json.String(file, "commit"), Json.Bool(file, "treeClean"),
            [.. Json.Array(file, "dirtyPaths").Select(p => p?.GetValue<string>() ?? string.Empty)],
            Json.String(file, "checklistVersion"), Json.String(file, "configuration"), outcomes)
        {
            Digest = Json.String(file, ReportDigest.Field),
            Partition = file["partition"] is null ? null : new Checks.Code.TestPartition(Json.Int(Json.Object(file, "partition"), "index", "partition"), Json.Int(Json.Object(file, "partition"), "count", "partition")),
            TestRuns = file["testRuns"] is null ? [] : [.. Json.Array(file, "testRuns").Select((r, i) => PartitionRunJson.Read(r, $"testRuns[{i}]"))],
        };
        return (evidence, ReportDigest.Of(file));
    }

    /// <summary>Strict field access: a missing or mistyped field is a <see cref="FormatException"/> naming it.</summary>
    internal static class Json
    {
        public static string String(JsonObject o, string key, string where = "") => Value<string>(o, key, where, JsonValueKind.String);

        public static string? OptionalString(JsonObject o, string key, string where = "") =>
            o[key] is null ? null : String(o, key, where);

        public static int Int(JsonObject o, string key, string where = "") => Value<int>(o, key, where, JsonValueKind.Number);

        public static long Long(JsonObject o, string key, string where = "") => Value<long>(o, key, where, JsonValueKind.Number);

        public static double Double(JsonObject o, string key, string where = "") => Value<double>(o, key, where, JsonValueKind.Number);

        public static bool Bool(JsonObject o, string key, string where = "") =>
            o[key] is JsonValue { } v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? v.GetValue<bool>() : throw Missing(key, where, "true or false");

        public static JsonObject Object(JsonObject o, string key, string where = "") => o[key] as JsonObject ?? throw Missing(key, where, "an object");

        /// <summary>The object <paramref name="key"/> as a dictionary, each value read by <paramref name="read"/>.</summary>
        public static Dictionary<string, T> Map<T>(JsonObject o, string key, string where, Func<JsonObject, string, string, T> read)
        {
            var map = Object(o, key, where);
            return map.ToDictionary(e => e.Key, e => read(map, e.Key, $"{where}.{key}"), StringComparer.Ordinal);
        }

        public static JsonArray Array(JsonObject o, string key, string where = "") => o[key] as JsonArray ?? throw Missing(key, where, "an array");

        public static DateTimeOffset Time(JsonObject o, string key, string where = "") =>
            DateTimeOffset.TryParse(String(o, key, where), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : throw Missing(key, where, "a date and time");

        public static TEnum Enum<TEnum>(JsonObject o, string key, string where = "")
            where TEnum : struct, System.Enum =>
            System.Enum.TryParse<TEnum>(String(o, key, where), ignoreCase: true, out var value) ? value : throw Missing(key, where, $"one of {string.Join(", ", System.Enum.GetNames<TEnum>())}");

        private static T Value<T>(JsonObject o, string key, string where, JsonValueKind kind) =>
            o[key] is JsonValue { } v && v.GetValueKind() == kind ? v.GetValue<T>() : throw Missing(key, where, kind == JsonValueKind.String ? "a string" : "a number");

        private static FormatException Missing(string key, string where, string expected) =>
            new($"{(where.Length > 0 ? where + "." : string.Empty)}{key} must be {expected}");
    }
}
