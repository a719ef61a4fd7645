using System.Security.Cryptography;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Keeps a partition's result files in its folder, each with the digest of its content, so the fan-in can
/// tell a file altered on its way.</summary>
internal static class PartitionFiles
{
    /// <summary>Copies <paramref name="files"/> into <paramref name="folder"/> (under the run's key and the run) and
    /// records each.</summary>
    public static IEnumerable<PartitionFile> Keep(string folder, string key, string run, string kind, IEnumerable<string> files)
    {
        var index = 0;
        foreach (var file in files)
        {
            var relative = $"{SafeName(key)}/{SafeName(run)}/{kind}-{++index}-{Path.GetFileName(file)}";
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            yield return new PartitionFile(run, kind, relative, Sha256Of(target));
        }
    }

    /// <summary>The digest a kept file is recorded with: <c>sha256:</c> and the hex of its content's SHA-256.</summary>
    public static string Sha256Of(string path) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>A key or run as a folder name.</summary>
    public static string SafeName(string text) => new([.. text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')]);
}
