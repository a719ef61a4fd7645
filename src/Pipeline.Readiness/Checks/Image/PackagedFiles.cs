using System.Security.Cryptography;
using System.Text;

namespace Pipeline.Readiness.Checks.Image;

/// <summary>The files of an image exactly as an OS package installed them: listed in dpkg's
/// <c>/var/lib/dpkg/info/*.md5sums</c> with the same digest. Their text is the distribution's (libgnutls carries its
/// self-test keys), not the team's, so the secret rules leave them out; a packaged file the image changed, or any file
/// no package lists, is searched as before.</summary>
internal sealed class PackagedFiles
{
    private readonly HashSet<ImageLayerFile> _unchanged = new(ReferenceEqualityComparer.Instance);

    private PackagedFiles()
    {
    }

    /// <summary>How many files the image holds unchanged from their package.</summary>
    public int Unchanged => _unchanged.Count;

    public static PackagedFiles Of(ImageArchive image)
    {
        var digests = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var list in image.Files.Where(f => f.DeletedInLayer is null && f.Content is not null
            && f.Path.StartsWith("var/lib/dpkg/info/", StringComparison.Ordinal) && f.Path.EndsWith(".md5sums", StringComparison.Ordinal)))
        {
            foreach (var line in Encoding.UTF8.GetString(list.Content!).Split('\n'))
            {
                var space = line.IndexOf("  ", StringComparison.Ordinal);
                if (space == 32)
                {
                    digests[line[(space + 2)..].Trim().TrimStart('/')] = line[..space];
                }
            }
        }

        var packaged = new PackagedFiles();
        foreach (var file in image.Files.Where(f => f.Content is not null && digests.TryGetValue(f.Path, out var digest)
#pragma warning disable CA5351 // MD5 is what dpkg records; this compares with it, it protects nothing
            && Convert.ToHexStringLower(MD5.HashData(f.Content)) == digest))
#pragma warning restore CA5351
        {
            packaged._unchanged.Add(file); // each file hashed once
        }

        return packaged;
    }

    /// <summary>Whether <paramref name="file"/> is byte for byte what its package installed.</summary>
    public bool IsUnchanged(ImageLayerFile file) => _unchanged.Contains(file);
}
