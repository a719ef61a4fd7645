using System.Text.Json;
using NuGet.Versioning;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>An offline advisory database: a folder of OSV records (the format of osv.dev's exports). Entries are
/// matched by ecosystem, package and version (ranges of introduced, fixed and last_affected events, or explicit
/// version lists), with NuGet's ordering for NuGet, PEP 440's for PyPI and dpkg's for Debian and Alpine.</summary>
internal sealed class OsvDatabase
{
    private readonly List<(string Ecosystem, string Package, string Id, string Url, AdvisorySeverity Severity, JsonElement Affected)> _entries = [];

    public int Records { get; private set; }

    public static OsvDatabase Load(string folder) =>
        FromRecords(Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText));

    /// <summary>A database of OSV records given as JSON texts (a folder's files, or what the OSV API returned).</summary>
    public static OsvDatabase FromRecords(IEnumerable<string> records)
    {
        var database = new OsvDatabase();
        foreach (var text in records)
        {
            using var document = JsonDocument.Parse(text);
            var record = document.RootElement.Clone();
            var id = record.GetProperty("id").GetString()!;
            var url = record.TryGetProperty("references", out var references) && references.GetArrayLength() > 0
                ? references[0].GetProperty("url").GetString()! : $"https://osv.dev/vulnerability/{id}";
            foreach (var affected in record.TryGetProperty("affected", out var list) ? list.EnumerateArray() : [])
            {
                var package = affected.GetProperty("package");
                database._entries.Add((package.GetProperty("ecosystem").GetString()!, package.GetProperty("name").GetString()!, id, url, Severity(record), affected));
            }

            database.Records++;
        }

        return database;
    }

    public int NuGetEntries => _entries.Count(e => e.Ecosystem == "NuGet");

    /// <summary>Advisories for a NuGet package version, compared with NuGet's ordering.</summary>
    public IEnumerable<PackageAdvisory> Match(ResolvedPackage package) =>
        NuGetVersion.TryParse(package.Version, out _) ? Match("NuGet", package, NuGetOrder) : [];

    public int PyPiEntries => _entries.Count(e => e.Ecosystem == "PyPI");

    /// <summary>Advisories for a Python package version (name normalised as PEP 503 says), in PEP 440's ordering; a
    /// version PEP 440 cannot read throws, so it is never silently unmatched.</summary>
    public IEnumerable<PackageAdvisory> MatchPyPi(ResolvedPackage package)
    {
        _ = Pep440Version.Parse(package.Version);
        return _entries.Where(e => e.Ecosystem == "PyPI" && PythonPackages.Normalize(e.Package) == PythonPackages.Normalize(package.Id)
                && Affects(e.Affected, package.Version, Pep440Order))
            .Select(e => new PackageAdvisory(package.Project, package.Id, package.Version, e.Id, e.Url, e.Severity));
    }

    /// <summary>PEP 440 order; an advisory bound PEP 440 cannot read sorts as unknown and so affects (fail closed).</summary>
    private static int Pep440Order(string left, string right) =>
        Pep440Version.TryParse(left, out var l) && Pep440Version.TryParse(right, out var r) ? l.CompareTo(r) : 0;

    /// <summary>Advisories for an OS package in its release (<c>Debian:12</c>, <c>Alpine:v3.20</c>; a record of
    /// another release never applies, one without a release does), compared with dpkg's ordering.</summary>
    public IEnumerable<PackageAdvisory> MatchOs(string ecosystem, ResolvedPackage package)
    {
        var family = ecosystem.Split(':')[0];
        return Match(e => e == ecosystem || e == family || (ecosystem == family && e.StartsWith(family + ":", StringComparison.Ordinal)), package, DpkgVersion.Compare);
    }

    /// <summary>How many records name an OS ecosystem (Debian, Alpine), for the evidence.</summary>
    public int OsEntries => _entries.Count(e => e.Ecosystem.StartsWith("Debian", StringComparison.Ordinal) || e.Ecosystem.StartsWith("Alpine", StringComparison.Ordinal));

    private IEnumerable<PackageAdvisory> Match(string ecosystem, ResolvedPackage package, Comparison<string> order) =>
        Match(e => e == ecosystem || e.StartsWith(ecosystem + ":", StringComparison.Ordinal), package, order);

    private IEnumerable<PackageAdvisory> Match(Func<string, bool> ecosystem, ResolvedPackage package, Comparison<string> order) =>
        _entries.Where(e => ecosystem(e.Ecosystem)
                && e.Package.Equals(package.Id, StringComparison.OrdinalIgnoreCase) && Affects(e.Affected, package.Version, order))
            .Select(e => new PackageAdvisory(package.Project, package.Id, package.Version, e.Id, e.Url, e.Severity));

    private static int NuGetOrder(string left, string right) => NuGetVersion.Parse(left).CompareTo(NuGetVersion.Parse(right));

    private static bool Affects(JsonElement affected, string version, Comparison<string> order) =>
        (affected.TryGetProperty("versions", out var versions) && versions.EnumerateArray().Any(v => order(v.GetString()!, version) == 0))
        || (affected.TryGetProperty("ranges", out var ranges) && ranges.EnumerateArray().Any(range => InRange(range, version, order)));

    /// <summary>Events come in order; each "introduced" opens an interval that "fixed" (exclusive) or
    /// "last_affected" (inclusive) closes; an interval left open runs to the newest version.</summary>
    private static bool InRange(JsonElement range, string version, Comparison<string> order)
    {
        string? start = null;
        var open = false;
        foreach (var change in range.GetProperty("events").EnumerateArray())
        {
            var (kind, text) = change.EnumerateObject().Select(p => (p.Name, p.Value.GetString()!)).First();
            var bound = text == "0" ? null : text;
            switch (kind)
            {
                case "introduced":
                    (start, open) = (bound, true);
                    break;
                case "fixed" when open && (start is null || order(version, start) >= 0) && order(version, bound!) < 0:
                case "last_affected" when open && (start is null || order(version, start) >= 0) && order(version, bound!) <= 0:
                    return true;
                case "fixed" or "last_affected":
                    open = false;
                    break;
            }
        }

        return open && (start is null || order(version, start) >= 0);
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
