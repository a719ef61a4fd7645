namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Finds the EF Core projects under the root that hold migrations (a <c>*ModelSnapshot.cs</c> next to them),
/// skipping build output and hidden folders.</summary>
internal static class MigrationProjects
{
    public static IReadOnlyList<string> Find(string root) =>
        [.. RepositoryTree.Files(root, d => Path.GetFileName(d) is "bin" or "obj" or "artifacts" or "node_modules" || Path.GetFileName(d).StartsWith('.'))
            .Where(f => f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal) && !f.Split('/').Any(p => p.StartsWith('.')))
            .Select(f => ProjectOf(Path.Combine(root, f))).OfType<string>().Distinct().Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    private static string? ProjectOf(string file)
    {
        for (var directory = Path.GetDirectoryName(file); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (Directory.GetFiles(directory, "*.csproj") is [var project])
            {
                return project;
            }
        }

        return null;
    }
}
