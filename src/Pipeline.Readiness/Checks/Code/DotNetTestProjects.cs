namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test projects of a target (<c>dotnet sln list</c>, each project whose MSBuild property
/// <c>IsTestProject</c> is <c>true</c>, as <c>dotnet test</c> decides), by their path relative to the solution's
/// folder, with the run settings each declares; a project target is its own single one. Their folders hold the test
/// classes a partitioned run deals (<see cref="DotNetTestInventory.Classes"/>).</summary>
internal static class DotNetTestProjects
{
    private static readonly string[] ProjectExtensions = [".csproj", ".fsproj", ".vbproj"];

    /// <exception cref="InvalidOperationException">The solution cannot be listed or a project evaluated.</exception>
    public static async Task<IReadOnlyList<DotNetTestProject>> ListAsync(CheckContext context, string target)
    {
        var folder = Path.GetDirectoryName(target)!;
        List<string> projects;
        var projectTarget = ProjectExtensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase);
        if (projectTarget)
        {
            projects = [Path.GetFileName(target)];
        }
        else
        {
            var list = await context.Processes.RunAsync(new ProcessSpec("dotnet", ["sln", target, "list"]) { WorkingDirectory = folder, CheckExitCode = false }, context.Cancellation).ConfigureAwait(false);
            if (list.ExitCode != 0)
            {
                throw new InvalidOperationException($"'{list.CommandLine}' exited with {list.ExitCode}: {list.StandardError.Trim()}");
            }

            projects = [.. list.StandardOutput.Split('\n').Select(l => l.Trim())
                .Where(l => ProjectExtensions.Contains(Path.GetExtension(l), StringComparer.OrdinalIgnoreCase)).Select(l => l.Replace('\\', '/'))];
        }

        var tests = new List<DotNetTestProject>();
        foreach (var project in projects)
        {
            var evaluated = await context.Processes.RunAsync(
                new ProcessSpec("dotnet", ["msbuild", project, "-getProperty:IsTestProject", "-getProperty:RunSettingsFilePath"]) { WorkingDirectory = folder, CheckExitCode = false }, context.Cancellation).ConfigureAwait(false);
            var properties = evaluated.ExitCode == 0 ? Properties(evaluated.StandardOutput) : null;
            if (properties is null)
            {
                throw new InvalidOperationException($"'{evaluated.CommandLine}' exited with {evaluated.ExitCode}: {(evaluated.StandardOutput + evaluated.StandardError).Trim()}");
            }

            if (projectTarget || string.Equals(properties.GetValueOrDefault("IsTestProject"), "true", StringComparison.OrdinalIgnoreCase))
            {
                var settings = properties.GetValueOrDefault("RunSettingsFilePath") is { Length: > 0 } path
                    ? Path.GetFullPath(path, Path.GetDirectoryName(Path.Combine(folder, project))!)
                    : null;
                tests.Add(new DotNetTestProject(project, settings));
            }
        }

        return tests;
    }

    /// <summary>The properties MSBuild printed for several <c>-getProperty</c> (<c>{"Properties": {…}}</c>), or null.</summary>
    private static Dictionary<string, string>? Properties(string output)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(output)?["Properties"]?.AsObject()
                .ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty, StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>The folders of <paramref name="projects"/> of <paramref name="target"/> (<see cref="ListAsync"/>),
    /// relative to the repository's root, where their test classes are declared.</summary>
    public static IReadOnlyList<string> Folders(string root, string target, IReadOnlyList<DotNetTestProject> projects)
    {
        var solution = Path.GetDirectoryName(target)!;
        return [.. projects.Select(p => Path.GetRelativePath(root, Path.GetDirectoryName(Path.Combine(solution, p.Path))!).Replace('\\', '/'))];
    }
}
