using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>An ASP.NET Core service's own configuration files, for the items whose seed key it does not use: each
/// <c>appsettings.json</c> under the service (not tests, not a Blazor client's <c>wwwroot</c>) with its
/// <c>appsettings.Production.json</c> laid over it. Values keep file and line; other environments' files
/// (<c>appsettings.Development.json</c>, <c>Docker</c>…) are development overlays, never production's.</summary>
internal static partial class AspNetSettings
{
    /// <summary>One value: the .NET key (<c>Logging:LogLevel:Default</c>), the value, the file and line.</summary>
    internal sealed record Value(string Key, string Text, string File, int Line)
    {
        public string Where => $"{Key}='{CredentialMask.Apply(Text)}' at {File}({Line})";
    }

    /// <summary>Every value of the production layering, flattened to <c>Section:Key</c>, for each web project.</summary>
    public static List<Value> Read(string root)
    {
        var values = new List<Value>();
        foreach (var file in ServiceSource.Files(root).Where(f => Path.GetFileName(f) == "appsettings.json" && !f.Contains("/wwwroot/", StringComparison.Ordinal)))
        {
            var production = Path.Combine(Path.GetDirectoryName(file) ?? "", "appsettings.Production.json").Replace('\\', '/');
            var layered = new Dictionary<string, Value>(StringComparer.OrdinalIgnoreCase);
            foreach (var layer in new[] { file, production }.Where(f => File.Exists(Path.Combine(root, f))))
            {
                var text = File.ReadAllText(Path.Combine(root, layer));
                using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
                foreach (var (key, value) in Flatten(document.RootElement, ""))
                {
                    layered[key] = new Value(key, value, layer, LineOf(text, key.Split(':')[^1], value));
                }
            }

            values.AddRange(layered.Values);
        }

        return values;
    }

    /// <summary>Whether the service has any <c>appsettings.json</c>.</summary>
    public static bool Any(string root) => Read(root).Count > 0;

    /// <summary>The connection strings (<c>ConnectionStrings:*</c>).</summary>
    public static IEnumerable<Value> ConnectionStrings(IEnumerable<Value> values) => values.Where(v => v.Key.StartsWith("ConnectionStrings:", StringComparison.OrdinalIgnoreCase));

    /// <summary>Why a connection string is not a production database's (localhost, LocalDB, a SQLite file, in
    /// memory), or null.</summary>
    public static string? Local(string connection) =>
        LocalDb().IsMatch(connection) ? "SQL Server LocalDB, a developer's database"
        : SqliteFile().IsMatch(connection) ? "a local SQLite file"
        : LocalHost().IsMatch(connection) ? "localhost, not the production database"
        : null;

    private static IEnumerable<(string Key, string Value)> Flatten(JsonElement element, string prefix)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                foreach (var pair in Flatten(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}:{property.Name}"))
                {
                    yield return pair;
                }
            }
        }
        else if (element.ValueKind is JsonValueKind.String or JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False)
        {
            yield return (prefix, element.ValueKind == JsonValueKind.String ? element.GetString()! : element.GetRawText());
        }
    }

    private static int LineOf(string text, string name, string value)
    {
        var index = text.IndexOf($"\"{name}\"", StringComparison.Ordinal);
        var exact = Regex.Match(text, $"\"{Regex.Escape(name)}\"\\s*:\\s*\"?{Regex.Escape(JsonEncodedText.Encode(value).ToString())}");
        var at = exact.Success ? exact.Index : index;
        return at < 0 ? 1 : text.AsSpan(0, at).Count('\n') + 1;
    }

    [GeneratedRegex(@"(?i)\(localdb\)")]
    private static partial Regex LocalDb();

    [GeneratedRegex(@"(?i)(data\s*source|filename)\s*=\s*(?!.*(server|host)=)[^;]*\.(db|sqlite3?)\b|:memory:")]
    private static partial Regex SqliteFile();

    [GeneratedRegex(@"(?i)(server|host|data source|addr|address)\s*=\s*(tcp:)?(localhost|127\.0\.0\.1|\(local\)|\.)(\b|[,;:])")]
    private static partial Regex LocalHost();
}
