using System.Text.Json;

namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Runs and reads <c>dotnet list package --include-transitive --format json</c> (optionally
/// <c>--vulnerable</c>): resolved packages, reported advisories, the sources asked, and projects left unaudited.</summary>
internal static class PackageListing
{
    /// <summary>Lists packages; <paramref name="mode"/> is null, <c>--vulnerable</c>, <c>--outdated</c> or <c>--deprecated</c>.</summary>
    public static async Task<JsonDocument> RunAsync(CheckContext context, string target, string? mode)
    {
        List<string> arguments = ["list", target, "package", "--include-transitive", "--format", "json"];
        if (mode is not null)
        {
            arguments.Insert(3, mode);
        }

        var result = await context.Processes.RunAsync(new ProcessSpec("dotnet", arguments) { WorkingDirectory = context.Root, LogOutput = false }, context.Cancellation)
            .ConfigureAwait(false);
        return JsonDocument.Parse(result.StandardOutput);
    }

    public static IEnumerable<ResolvedPackage> Packages(JsonDocument listing, CheckContext context) =>
        Projects(listing).SelectMany(p => Frameworks(p).SelectMany(f => PackagesOf(f))
            .Select(package => new ResolvedPackage(context.Relative(p.GetProperty("path").GetString()!), package.GetProperty("id").GetString()!,
                package.GetProperty("resolvedVersion").GetString()!)))
            .Distinct();

    public static IEnumerable<PackageAdvisory> Advisories(JsonDocument listing, CheckContext context) =>
        from project in Projects(listing)
        from framework in Frameworks(project)
        from package in PackagesOf(framework)
        where package.TryGetProperty("vulnerabilities", out _)
        from vulnerability in package.GetProperty("vulnerabilities").EnumerateArray()
        let url = vulnerability.GetProperty("advisoryurl").GetString()!
        select new PackageAdvisory(context.Relative(project.GetProperty("path").GetString()!), package.GetProperty("id").GetString()!,
            package.GetProperty("resolvedVersion").GetString()!, url.TrimEnd('/').Split('/')[^1], url,
            Enum.Parse<AdvisorySeverity>(vulnerability.GetProperty("severity").GetString()!, ignoreCase: true));

    /// <summary>Packages with a newer version (<c>--outdated</c>) or marked deprecated (<c>--deprecated</c>), as notes.</summary>
    public static IEnumerable<(string Project, string Package, string Version, string Note)> Notices(JsonDocument listing, CheckContext context) =>
        from project in Projects(listing)
        from framework in Frameworks(project)
        from package in PackagesOf(framework)
        let version = package.GetProperty("resolvedVersion").GetString()!
        let note = package.TryGetProperty("deprecationReasons", out var reasons)
            ? $"deprecated ({string.Join(", ", reasons.EnumerateArray().Select(r => r.GetString()))})"
            : package.TryGetProperty("latestVersion", out var latest) && latest.GetString() != version ? $"outdated: {latest.GetString()} is available" : null
        where note is not null
        select (context.Relative(project.GetProperty("path").GetString()!), package.GetProperty("id").GetString()!, version, note);

    public static IEnumerable<string> Sources(JsonDocument listing) =>
        listing.RootElement.TryGetProperty("sources", out var sources) ? sources.EnumerateArray().Select(s => s.GetString()!) : [];

    /// <summary>Projects for which no framework was listed: nothing was audited for them.</summary>
    public static IEnumerable<string> Unaudited(JsonDocument listing, CheckContext context) =>
        Projects(listing).Where(p => !p.TryGetProperty("frameworks", out _)).Select(p => context.Relative(p.GetProperty("path").GetString()!));

    private static IEnumerable<JsonElement> Projects(JsonDocument listing) =>
        listing.RootElement.TryGetProperty("projects", out var projects) ? projects.EnumerateArray() : [];

    private static IEnumerable<JsonElement> Frameworks(JsonElement project) =>
        project.TryGetProperty("frameworks", out var frameworks) ? frameworks.EnumerateArray() : [];

    private static IEnumerable<JsonElement> PackagesOf(JsonElement framework) =>
        new[] { "topLevelPackages", "transitivePackages" }.SelectMany(kind => framework.TryGetProperty(kind, out var list) ? list.EnumerateArray() : []);
}
