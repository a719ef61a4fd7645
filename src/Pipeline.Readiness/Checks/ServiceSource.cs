namespace Pipeline.Readiness.Checks;

/// <summary>A service's own code, as the rules that read it without running it see it: the <c>.py</c> and <c>.cs</c>
/// files outside tests, build output, environments and migrations, with their text (read once per call).</summary>
internal static class ServiceSource
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal)
    {
        ".git", "bin", "obj", "node_modules", ".venv", "venv", "__pycache__", "artifacts", ".nuke", "tests", "test", "migrations", "alembic", "docs",
    };

    /// <summary>Every file of the service under <paramref name="root"/> (relative, with <c>/</c>), code or not.</summary>
    public static List<string> Files(string root) =>
        [.. RepositoryTree.Files(root, d => SkippedFolders.Contains(Path.GetFileName(d)) || Path.GetFileName(d).EndsWith(".Tests", StringComparison.Ordinal)
            || Path.GetFileName(d).EndsWith("Tests", StringComparison.Ordinal)).Select(f => f.Replace('\\', '/'))];

    /// <summary>The 1-based line of <paramref name="index"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    /// <summary>Where a match is, as reasons show it: <c>file(line)</c>.</summary>
    public static string Where(string file, string text, int index) => $"{file}({LineOf(text, index)})";

    /// <summary>The code files (<c>.py</c>, <c>.cs</c>; no <c>test_*.py</c>) and their text.</summary>
    public static Dictionary<string, string> Code(string root) => Files(root)
        .Where(f => (f.EndsWith(".py", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !Path.GetFileName(f).StartsWith("test_", StringComparison.Ordinal))
        .ToDictionary(f => f, f => File.ReadAllText(Path.Combine(root, f)).ReplaceLineEndings("\n"), StringComparer.Ordinal);
}
