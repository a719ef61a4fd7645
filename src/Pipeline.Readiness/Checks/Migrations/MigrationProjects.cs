namespace Pipeline.Readiness;

/// <summary>Finds the EF Core projects under the root that hold migrations (a <c>*ModelSnapshot.cs</c> next to them),
/// skipping build output and hidden folders.</summary>
internal static class MigrationProjects
{
    public static IReadOnlyList<string> Find(string root) =>
        [.. Directory.EnumerateFiles(root, "*ModelSnapshot.cs", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "artifacts" or "node_modules" || p.StartsWith('.')))
            .Select(ProjectOf).OfType<string>().Distinct().Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

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
