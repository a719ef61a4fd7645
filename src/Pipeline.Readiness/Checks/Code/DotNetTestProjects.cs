using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>The units a .NET suite is partitioned by: the test projects of the target (<c>dotnet sln list</c>, each
/// project whose MSBuild property <c>IsTestProject</c> is <c>true</c>, as <c>dotnet test</c> decides), by their path
/// relative to the solution's folder; a project target is its own single unit. A slice of them is run through a
/// solution filter (<c>.slnf</c>) so that one <c>dotnet test</c> builds and runs it, as for the whole solution.</summary>
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

    /// <summary>Writes a solution filter at <paramref name="path"/> holding <paramref name="projects"/> of the solution
    /// <paramref name="target"/>, and returns its path; a project target is returned as it is.</summary>
    public static string WriteFilter(string path, string target, IReadOnlyList<string> projects)
    {
        if (ProjectExtensions.Contains(Path.GetExtension(target), StringComparer.OrdinalIgnoreCase))
        {
            return target;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var filter = new JsonObject
        {
            ["solution"] = new JsonObject
            {
                ["path"] = Path.GetRelativePath(Path.GetDirectoryName(path)!, target),
                ["projects"] = new JsonArray([.. projects.Select(p => (JsonNode?)p.Replace('/', Path.DirectorySeparatorChar))]),
            },
        };
        File.WriteAllText(path, filter.ToJsonString());
        return path;
    }
}
