namespace Pipeline.Readiness;

/// <summary>The default Publish: <c>dotnet pack</c> of the root's solution (or each project under <c>src/</c>) into
/// <c>artifacts/packages</c>, then <c>dotnet nuget push</c> of each package to the source (default: the local
/// folder feed <c>artifacts/feed</c>). Producing no package is a failure, not a silent success.</summary>
internal sealed class PackagePublisher(string root, IProcessRunner processes)
{
    public async Task PublishAsync(PublishSettings settings, CancellationToken cancellation)
    {
        if (string.Join("; ", settings.Validate()) is { Length: > 0 } problems)
        {
            throw new InvalidOperationException($"PublishSettings: {problems}");
        }
        var packages = Path.Combine(root, "artifacts", "packages");
        if (Directory.Exists(packages))
        {
            Directory.Delete(packages, recursive: true);
        }

        foreach (var packTarget in settings.Projects.Count > 0 ? settings.Projects : PackTargets())
        {
            await processes.RunAsync(new ProcessSpec("dotnet", ["pack", packTarget, "--configuration", settings.Configuration, "--output", packages])
            {
                WorkingDirectory = root,
            }, cancellation).ConfigureAwait(false);
        }

        var produced = Directory.Exists(packages) ? Directory.GetFiles(packages, "*.nupkg") : [];
        if (produced.Length == 0)
        {
            throw new InvalidOperationException($"dotnet pack produced no package in {Path.GetRelativePath(root, packages)}; nothing to publish.");
        }

        var target = string.IsNullOrWhiteSpace(settings.Source) ? Path.Combine(root, "artifacts", "feed") : settings.Source;
        if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.IsFile)
        {
            target = Path.GetFullPath(target, root);
            Directory.CreateDirectory(target);
        }

        foreach (var package in produced.Order(StringComparer.Ordinal))
        {
            List<string> arguments = ["nuget", "push", package, "--source", target];
            if (!string.IsNullOrEmpty(settings.ApiKey))
            {
                arguments.AddRange(["--api-key", settings.ApiKey]);
            }

            await processes.RunAsync(new ProcessSpec("dotnet", arguments) { WorkingDirectory = root }, cancellation).ConfigureAwait(false);
        }

        Log.Information($"Published {produced.Length} package(s) to {target}.");
    }

    /// <summary>The root's only solution; otherwise every project under <c>src/</c>.</summary>
    private List<string> PackTargets()
    {
        var solutions = CodeTarget.Solutions(root);
        if (solutions.Count == 1)
        {
            return solutions;
        }

        var source = Path.Combine(root, "src");
        var projects = Directory.Exists(source) ? Directory.GetFiles(source, "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        return projects.Count > 0
            ? projects
            : throw new InvalidOperationException("Nothing to pack: no single solution at the root and no project under src/. Override PublishAsync.");
    }
}
