namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test projects of a target (<c>dotnet sln list</c>, each project whose MSBuild property
/// <c>IsTestProject</c> is <c>true</c>, as <c>dotnet test</c> decides), by their path relative to the solution's
/// folder; a project target is its own single one. Their folders hold the test classes a partitioned run deals
/// (<see cref="DotNetTestInventory.Classes"/>).</summary>
internal static class DotNetTestProjects
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    /// <exception cref="InvalidOperationException">The solution cannot be listed or a project evaluated.</exception>
    public static async Task<IReadOnlyList<string>> ListAsync(CheckContext context, string target)
    {
        if (ProjectExtensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
        {
            return [Path.GetFileName(target)];
        }

        var folder = Path.GetDirectoryName(target)!;
        var list = await context.Processes.RunAsync(new ProcessSpec("dotnet", ["sln", target, "list"]) { WorkingDirectory = folder, CheckExitCode = false }, context.Cancellation).ConfigureAwait(false);
        if (list.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{list.CommandLine}' exited with {list.ExitCode}: {list.StandardError.Trim()}");
        }

        var projects = list.StandardOutput.Split('\n').Select(l => l.Trim())
            .Where(l => ProjectExtensions.Contains(Path.GetExtension(l), StringComparer.OrdinalIgnoreCase)).Select(l => l.Replace('\\', '/')).ToList();
        var tests = new List<string>();
        foreach (var project in projects)
        {
            var evaluated = await context.Processes.RunAsync(
                new ProcessSpec("dotnet", ["msbuild", project, "-getProperty:IsTestProject"]) { WorkingDirectory = folder, CheckExitCode = false }, context.Cancellation).ConfigureAwait(false);
            if (evaluated.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{evaluated.CommandLine}' exited with {evaluated.ExitCode}: {(evaluated.StandardOutput + evaluated.StandardError).Trim()}");
            }

            if (string.Equals(evaluated.StandardOutput.Trim(), "true", StringComparison.OrdinalIgnoreCase))
            {
                tests.Add(project);
            }
        }

        return tests;
    }

    /// <summary>The folders of the test projects of <paramref name="target"/> (<see cref="ListAsync"/>), relative to
    /// the repository's root, where their test classes are declared.</summary>
    /// <exception cref="InvalidOperationException">The solution cannot be listed or a project evaluated.</exception>
    public static async Task<IReadOnlyList<string>> FoldersAsync(CheckContext context, string target)
    {
        var solution = Path.GetDirectoryName(target)!;
        var projects = await ListAsync(context, target).ConfigureAwait(false);
        return [.. projects.Select(p => Path.GetRelativePath(context.Root, Path.GetDirectoryName(Path.Combine(solution, p))!).Replace('\\', '/'))];
    }
}
