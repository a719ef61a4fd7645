namespace Pipeline.Readiness.Checks.Code;

/// <summary>Counts the C# sources under the root (outside bin, obj and artifacts): what a lint run examined.</summary>
internal static class SourceFiles
{
    public static int Count(string root) => RepositoryTree.Files(root, d => Path.GetFileName(d) is "bin" or "obj" or "artifacts")
        .Count(f => f.EndsWith(".cs", StringComparison.Ordinal));
}
