namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Finds the EF Core projects under the root that hold migrations (a <c>*ModelSnapshot.cs</c> next to them),
/// skipping build output and hidden folders.</summary>
internal static class MigrationProjects
{
    public static IReadOnlyList<string> Find(string root) =>
        [.. RepositoryTree.Files(root, d => Path.GetFileName(d) is "bin" or "obj" or "artifacts" or "node_modules" || Path.GetFileName(d).StartsWith('.'))
            .Where(f => f.EndsWith("ModelSnapshot.cs", StringComparison.Ordinal) && !f.Split('/').Any(p => p.StartsWith('.')))
            .Select(f => ProjectOf(Path.Combine(root, f))).OfType<string>().Distinct().Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    /// <summary>The folder holding <c>alembic.ini</c>: the root, else the Python project's folder; null without one.</summary>
    public static string? AlembicFolder(string root) =>
        File.Exists(Path.Combine(root, "alembic.ini")) ? "."
        : Python.PythonProject.Detect(root) is { } project && File.Exists(Path.Combine(project.Directory, "alembic.ini"))
            ? Path.GetRelativePath(root, project.Directory).Replace('\\', '/') : null;

    /// <summary>The EF Core contexts the code defines (<c>class X : DbContext</c>, <c>IdentityDbContext</c>…) with file
    /// and line, and where the code makes the schema without migrations (<c>EnsureCreated</c>).</summary>
    public static (List<string> Contexts, string? EnsureCreated) DbContexts(string root)
    {
        var code = ServiceSource.Code(root).Where(f => f.Key.EndsWith(".cs", StringComparison.Ordinal)).ToList();
        static string Where(KeyValuePair<string, string> file, int index) => ServiceSource.Where(file.Key, file.Value, index);
        var contexts = code.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Value, @"\bclass\s+(\w+)\s*(?:\([^)]*\))?\s*:\s*(?:[\w.]*\.)?(?:Identity)?DbContext\b")
            .Select(m => $"{m.Groups[1].Value} ({Where(f, m.Index)})")).ToList();
        var ensure = code.SelectMany(f => System.Text.RegularExpressions.Regex.Matches(f.Value, @"\.EnsureCreated(Async)?\(").Select(m => Where(f, m.Index))).FirstOrDefault();
        return (contexts, ensure);
    }

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
