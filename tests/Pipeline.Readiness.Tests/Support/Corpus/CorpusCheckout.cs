namespace Pipeline.Readiness.Tests.Support.Corpus;

/// <summary>Where the real repositories of <c>bench/corpus</c> are checked out: <c>../shared/corpus/&lt;source&gt;</c>
/// next to this repository (the machines' read-only copy), or a folder named by <c>PIPELINE_CORPUS</c>.</summary>
internal static class CorpusCheckout
{
    /// <summary>The expectation files, one per repository.</summary>
    public static IEnumerable<string> ExpectationFiles(string repository) =>
        Directory.EnumerateFiles(Path.Combine(repository, "bench", "corpus"), "*.tsv").Order(StringComparer.Ordinal);

    /// <summary>The checkout of <paramref name="source"/>, or null when this machine has none.</summary>
    public static string? Find(string repository, string source) =>
        new[] { Environment.GetEnvironmentVariable("PIPELINE_CORPUS"), Path.Combine(repository, "..", "shared", "corpus"), "/work/shared/corpus" }
            .Where(folder => !string.IsNullOrEmpty(folder))
            .Select(folder => Path.GetFullPath(Path.Combine(folder!, source)))
            .FirstOrDefault(Directory.Exists);

    /// <summary>Copies a checkout (read-only, maybe without git) into <paramref name="target"/>, leaving out its
    /// <c>.git</c> and any earlier gate output, so the gate meets the files as a new user's clone has them.</summary>
    public static void CopyTo(string checkout, string target)
    {
        foreach (var file in Directory.EnumerateFiles(checkout, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(checkout, file);
            if (relative.StartsWith(".git/", StringComparison.Ordinal) || relative.StartsWith("artifacts/readiness/", StringComparison.Ordinal))
            {
                continue;
            }

            if (new FileInfo(file).LinkTarget is not null)
            {
                continue; // a link (in a checkout, often dangling): the gate meets no link in a fresh clone of these trees either
            }

            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            File.SetAttributes(destination, FileAttributes.Normal);
        }
    }
}
