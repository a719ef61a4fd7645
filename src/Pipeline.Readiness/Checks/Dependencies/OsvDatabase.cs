using System.Text.Json;
using NuGet.Versioning;

namespace Pipeline.Readiness;

/// <summary>An offline advisory database: a folder of OSV records (the format of osv.dev's exports). NuGet entries
/// are matched by package id and version with NuGet's own version ordering (ranges of introduced, fixed and
/// last_affected events, or explicit version lists).</summary>
internal sealed class OsvDatabase
{
    private readonly List<(string Package, string Id, string Url, AdvisorySeverity Severity, JsonElement Affected)> _entries = [];

    public int Records { get; private set; }

    public static OsvDatabase Load(string folder)
    {
        var database = new OsvDatabase();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var record = document.RootElement.Clone();
            var id = record.GetProperty("id").GetString()!;
            var url = record.TryGetProperty("references", out var references) && references.GetArrayLength() > 0
                ? references[0].GetProperty("url").GetString()! : $"https://osv.dev/vulnerability/{id}";
            foreach (var affected in record.GetProperty("affected").EnumerateArray()
                .Where(a => a.GetProperty("package").GetProperty("ecosystem").GetString() == "NuGet"))
            {
                database._entries.Add((affected.GetProperty("package").GetProperty("name").GetString()!, id, url, Severity(record), affected));
            }

            database.Records++;
        }

        return database;
    }

    public int NuGetEntries => _entries.Count;

    public IEnumerable<PackageAdvisory> Match(ResolvedPackage package)
    {
        if (!NuGetVersion.TryParse(package.Version, out var version))
        {
            yield break;
        }

        foreach (var entry in _entries.Where(e => e.Package.Equals(package.Id, StringComparison.OrdinalIgnoreCase)))
        {
            if (Affects(entry.Affected, version))
            {
                yield return new PackageAdvisory(package.Project, package.Id, package.Version, entry.Id, entry.Url, entry.Severity);
            }
        }
    }

    private static bool Affects(JsonElement affected, NuGetVersion version)
    {
        if (affected.TryGetProperty("versions", out var versions)
            && versions.EnumerateArray().Any(v => NuGetVersion.TryParse(v.GetString(), out var listed) && listed == version))
        {
            return true;
        }

        return affected.TryGetProperty("ranges", out var ranges) && ranges.EnumerateArray().Any(range => InRange(range, version));
    }

    /// <summary>Events come in order; each "introduced" opens an interval that "fixed" (exclusive) or
    /// "last_affected" (inclusive) closes; an interval left open runs to the newest version.</summary>
    private static bool InRange(JsonElement range, NuGetVersion version)
    {
        NuGetVersion? start = null;
        var open = false;
        foreach (var change in range.GetProperty("events").EnumerateArray())
        {
            var (kind, text) = change.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).First();
            var bound = text == "0" ? null : NuGetVersion.Parse(text);
            switch (kind)
            {
                case "introduced":
                    (start, open) = (bound, true);
                    break;
                case "fixed" when open && (start is null || version >= start) && version < bound!:
                case "last_affected" when open && (start is null || version >= start) && version <= bound!:
                    return true;
                case "fixed" or "last_affected":
                    open = false;
                    break;
            }
        }

        return open && (start is null || version >= start);
    }

    private static AdvisorySeverity Severity(JsonElement record) =>
        record.TryGetProperty("database_specific", out var specific) && specific.TryGetProperty("severity", out var severity)
            ? severity.GetString()?.ToUpperInvariant() switch
            {
                "CRITICAL" => AdvisorySeverity.Critical,
                "MODERATE" or "MEDIUM" => AdvisorySeverity.Moderate,
                "LOW" => AdvisorySeverity.Low,
                _ => AdvisorySeverity.High,
            }
            : AdvisorySeverity.High; // unknown severity blocks by default: fail closed
}
