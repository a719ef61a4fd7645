using System.Text.Json;
using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>"Dependencies scanned" for Python: every package of the project's lock files and pinned requirements
/// (<see cref="PythonPackages"/>) against the PyPI records of an offline OSV folder, or else of the OSV API, in PEP 440 order. Advisories at or
/// above the blocking severity fail the item (waivable by advisory id), lower ones are listed, an unpinned requirement
/// fails it. No lock file or pinned requirement, or no PyPI vulnerability data, is an Error. The packages are written
/// as CycloneDX components to <c>sbom/bom.json</c> (next to the .NET ones when that SBOM exists).</summary>
internal sealed class PythonDependencyScanCheck(DependencyScanOptions options) : ReadinessCheck<DependencyScanOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "osv-pypi";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var project = PythonProject.Require(context.Root, Options.PythonProjectDirectory);
        var listing = PythonPackages.Read(project, context);
        if (listing.Packages.Count == 0 && listing.Unpinned.Count == 0)
        {
            return CheckResult.Error("no lock file (uv.lock, poetry.lock, Pipfile.lock) or pinned requirements*.txt lists the packages that ship: lock the dependencies (uv lock)");
        }

        OsvDatabase? database;
        string source;
        if (Options.OsvDirectory is { } folder)
        {
            var path = Path.GetFullPath(folder, context.Root);
            database = Directory.Exists(path) ? OsvDatabase.Load(path) : null;
            if (database is not { PyPiEntries: > 0 })
            {
                return CheckResult.Error($"the OSV folder '{folder}' holds no PyPI advisory, so the {listing.Packages.Count} Python packages cannot be matched");
            }

            source = $"{database.Records} OSV records in {folder}";
        }
        else if (Options.OsvApi is { } api)
        {
            try
            {
                database = await OsvApi.QueryAsync(api, listing.Packages, context.Cancellation, Options.OsvApiHandler).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException
                or TaskCanceledException && !context.Cancellation.IsCancellationRequested)
            {
                return CheckResult.Error($"{listing.Packages.Count} Python packages from {string.Join(", ", listing.Sources)} were not checked: no vulnerability data for PyPI "
                    + $"(the OSV API at {api} could not be asked: {exception.Message.Split('\n')[0]}); set DependencyScanOptions.OsvDirectory to a folder of OSV records (osv.dev exports the PyPI ecosystem)");
            }

            source = $"the OSV API at {api} ({database.Records} advisory record(s) for these packages)";
        }
        else
        {
            return CheckResult.Error($"{listing.Packages.Count} Python packages from {string.Join(", ", listing.Sources)} were not checked: no vulnerability data for PyPI; set DependencyScanOptions.OsvDirectory to a folder of OSV records (osv.dev exports the PyPI ecosystem)");
        }

        var advisories = listing.Packages.SelectMany(database.MatchPyPi).ToList();
        await WriteSbomAsync(context, listing.Packages).ConfigureAwait(false);
        var findings = advisories.Select(a => new Finding("dependency.vulnerable",
            a.Severity >= Options.BlockingSeverity ? FindingSeverity.Error : FindingSeverity.Warning, a.Project, null,
            $"{a.Package} {a.Version}: {a.Severity.ToString().ToLowerInvariant()} severity advisory {a.AdvisoryId} ({a.Url})", a.AdvisoryId)).Concat(listing.Unpinned).ToList();
        var blocking = findings.Count(f => f.Severity == FindingSeverity.Error);
        var summary = $"{listing.Packages.Select(p => (p.Id, p.Version)).Distinct().Count()} Python packages from {string.Join(", ", listing.Sources)} checked against "
            + $"{source}: {advisories.Count(a => a.Severity >= Options.BlockingSeverity)} advisory(ies) at or above {Options.BlockingSeverity}"
            + (listing.Unpinned.Count > 0 ? $", {listing.Unpinned.Count} unpinned requirement(s)" : string.Empty);
        var evidence = blocking == 0 ? CheckResult.Passed(listing.Packages.Count, summary) with { Findings = findings } : CheckResult.Failed(listing.Packages.Count, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["packages"] = listing.Packages.Count, ["advisories.blocking"] = blocking, ["requirements.unpinned"] = listing.Unpinned.Count },
            Tool = Options.OsvDirectory is null ? "OSV API (PyPI, PEP 440 order)" : "OSV records (PyPI, PEP 440 order)",
            Inputs = new Dictionary<string, string> { ["source"] = Options.OsvDirectory ?? Options.OsvApi!.ToString(), ["locks"] = string.Join(",", listing.Sources), ["blockingSeverity"] = Options.BlockingSeverity.ToString() },
        };
    }

    /// <summary>Adds the packages as CycloneDX components (<c>pkg:pypi/…</c>) to <c>sbom/bom.json</c>, creating it when
    /// no other stack wrote one.</summary>
    private static async Task WriteSbomAsync(CheckContext context, IReadOnlyList<ResolvedPackage> packages)
    {
        var file = Path.Combine(context.Artifact("sbom"), "bom.json");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var bom = File.Exists(file) ? JsonNode.Parse(await File.ReadAllTextAsync(file, context.Cancellation).ConfigureAwait(false))!.AsObject()
            : new JsonObject { ["bomFormat"] = "CycloneDX", ["specVersion"] = "1.5", ["version"] = 1, ["components"] = new JsonArray() };
        var components = bom["components"] as JsonArray ?? [];
        bom["components"] = components;
        var known = components.Select(c => c?["purl"]?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        foreach (var (id, version) in packages.Select(p => (p.Id, p.Version)).Distinct().OrderBy(p => p.Id, StringComparer.Ordinal))
        {
            var purl = $"pkg:pypi/{id}@{version}";
            if (known.Add(purl))
            {
                components.Add(new JsonObject { ["type"] = "library", ["name"] = id, ["version"] = version, ["purl"] = purl, ["bom-ref"] = purl });
            }
        }

        await File.WriteAllTextAsync(file, bom.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), context.Cancellation).ConfigureAwait(false);
    }
}
