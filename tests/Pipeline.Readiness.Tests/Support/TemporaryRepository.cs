namespace Pipeline.Readiness.Tests.Support;

/// <summary>A temporary folder standing for a repository's files: written by relative path (folders made as needed),
/// deleted when disposed. One helper for the fixture tests that build a small tree of their own.</summary>
internal sealed class TemporaryRepository(string prefix) : IDisposable
{
    /// <summary>The folder.</summary>
    public string Root { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    /// <summary>Writes <paramref name="text"/> to <paramref name="relative"/> under the root, with <c>\n</c> line endings
    /// (as a clone on Linux has them).</summary>
    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
