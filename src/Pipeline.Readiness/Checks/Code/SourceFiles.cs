namespace Pipeline.Readiness;

/// <summary>Counts the C# sources under the root (outside bin, obj and artifacts): what a lint run examined.</summary>
internal static class SourceFiles
{
    public static int Count(string root) => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
        .Count(f => !f.Split('/').Any(part => part is "bin" or "obj" or "artifacts" or ".git"));
}
