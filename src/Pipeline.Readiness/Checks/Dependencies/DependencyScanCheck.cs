namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>"Dependencies scanned": every resolved NuGet package (direct and transitive) of every project is checked
/// against advisories: the NuGet audit sources via <c>dotnet list package --vulnerable</c>, or an offline OSV folder.
/// Advisories at or above the blocking severity fail the item; lower ones are listed. No vulnerability data, or a
/// project left unaudited, is an Error that says how to configure <c>auditSources</c> or an OSV folder. A CycloneDX SBOM
/// is written to <c>artifacts/readiness/sbom/bom.json</c> as a release artifact (best-effort).</summary>
internal sealed class DependencyScanCheck(DependencyScanOptions options) : ReadinessCheck<DependencyScanOptions>(options)
{
    /// <inheritdoc />
    /// <remarks>Restore and list packages with dotnet.</remarks>
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    /// <inheritdoc />
    /// <remarks>The tracked files (project files, lock files, an OSV folder in the repository), dotnet and its
    /// variables; the advisory feed is outside the repository (a day at most). An OSV folder outside the repository is
    /// not keyed, so then the scan runs every time. The SBOM is kept with the outcome.</remarks>
    internal override EvidenceReuse? Reuse => Options.OsvDirectory is not { } folder
        ? DotNetReuse.Build with { External = true, Artifacts = ["sbom"] }
        : !Path.IsPathRooted(folder) && !Path.GetRelativePath(".", folder).StartsWith("..", StringComparison.Ordinal)
            ? DotNetReuse.Build with { Artifacts = ["sbom"] }
            : null;

    private const string HowTo = "configure <auditSources> in nuget.config (the public NuGet gallery serves advisories) or set DependencyScanOptions.OsvDirectory to a folder of OSV records";

    /// <inheritdoc />
    public override string Name => Options.OsvDirectory is null ? "nuget-audit" : "osv-database";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var target = CodeTarget.Require(context.Root, Options.Target);
        await new Code.DotNetRestoreRun(Options.Target).EnsureAsync(context).ConfigureAwait(false);
        using var listing = await PackageListing.RunAsync(context, target, mode: null).ConfigureAwait(false);
        var packages = PackageListing.Packages(listing, context).ToList();
        List<PackageAdvisory> advisories;
        string source;
        if (Options.OsvDirectory is { } folder)
        {
            var path = Path.GetFullPath(folder, context.Root);
            var database = Directory.Exists(path) ? OsvDatabase.Load(path) : null;
            if (database is not { NuGetEntries: > 0 })
            {
                return CheckResult.Error($"the OSV folder '{folder}' holds no NuGet advisory, so nothing can be matched; {HowTo}");
            }

            advisories = [.. packages.SelectMany(database.Match)];
            source = $"{database.Records} OSV records in {folder}";
        }
        else
        {
            using var vulnerable = await PackageListing.RunAsync(context, target, "--vulnerable").ConfigureAwait(false);
            var (withData, problems) = await VulnerabilitySources.CheckAsync(PackageListing.Sources(vulnerable), context.Cancellation).ConfigureAwait(false);
            var unaudited = PackageListing.Unaudited(vulnerable, context).ToList();
            if (withData.Count == 0 || unaudited.Count > 0)
            {
                var why = withData.Count == 0 ? $"no source gives vulnerability data ({string.Join("; ", problems)})" : $"not audited: {string.Join(", ", unaudited)}";
                return CheckResult.Error($"{why}; {HowTo}");
            }

            advisories = [.. PackageListing.Advisories(vulnerable, context)];
            source = string.Join(", ", withData);
        }

        var sbom = await DotNetTool.ExecAsync(context, "CycloneDX", Options.CycloneDxVersion,
            [target, "--output", context.Artifact("sbom"), "--output-format", "Json", "--exclude-test-projects"]).ConfigureAwait(false);
        var result = Decide(packages, advisories, source);
        var notices = await Notices(context, target).ConfigureAwait(false);
        return result with
        {
            Findings = [.. result.Findings, .. notices, .. sbom is null ? [] : new[]
            {
                Finding.Create("dependency.sbom", FindingSeverity.Warning, null, null, $"the CycloneDX SBOM could not be written: {sbom}", "sbom"),
            }],
        };
    }

    /// <summary>Deprecated and outdated packages: reported as warnings, never blocking.</summary>
    private static async Task<List<Finding>> Notices(CheckContext context, string target)
    {
        var findings = new List<Finding>();
        foreach (var mode in new[] { "--deprecated", "--outdated" })
        {
            try
            {
                using var listing = await PackageListing.RunAsync(context, target, mode).ConfigureAwait(false);
                findings.AddRange(PackageListing.Notices(listing, context).Select(n => Finding.Create($"dependency.{mode[2..]}", FindingSeverity.Warning,
                    n.Project, null, $"{n.Package} {n.Version}: {n.Note}", $"{n.Package}@{n.Version}:{mode}")));
            }
            catch (Exception exception) when (exception is ProcessFailedException or System.Text.Json.JsonException)
            {
                findings.Add(Finding.Create($"dependency.{mode[2..]}", FindingSeverity.Warning, null, null, $"could not list {mode[2..]} packages: {exception.Message.Split('\n')[0]}", mode));
            }
        }

        return findings.DistinctBy(f => f.Fingerprint).ToList();
    }

    private CheckResult Decide(List<ResolvedPackage> packages, List<PackageAdvisory> advisories, string source)
    {
        var findings = advisories.Select(a => new Finding("dependency.vulnerable",
            a.Severity >= Options.BlockingSeverity ? FindingSeverity.Error : FindingSeverity.Warning, a.Project, null,
            $"{a.Package} {a.Version}: {a.Severity.ToString().ToLowerInvariant()} severity advisory {a.AdvisoryId} ({a.Url})", a.AdvisoryId)).ToList();
        var blocking = findings.Count(f => f.Severity == FindingSeverity.Error);
        var summary = $"{packages.Select(p => (p.Id, p.Version)).Distinct().Count()} packages checked against {source}: "
            + $"{blocking} advisory(ies) at or above {Options.BlockingSeverity}, {findings.Count - blocking} below";
        var evidence = blocking == 0 ? CheckResult.Passed(packages.Count, summary) with { Findings = findings } : CheckResult.Failed(packages.Count, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["packages"] = packages.Count, ["advisories.blocking"] = blocking, ["advisories.other"] = findings.Count - blocking },
            Tool = Name,
            Inputs = new Dictionary<string, string> { ["source"] = source, ["blockingSeverity"] = Options.BlockingSeverity.ToString() },
        };
    }
}
