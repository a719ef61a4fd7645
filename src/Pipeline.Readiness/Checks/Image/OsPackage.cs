using System.Text;

namespace Pipeline.Readiness.Checks.Image;

/// <summary>An installed OS package of an image: the binary package dpkg or apk lists, and the source package its
/// advisories are filed under (Debian's OSV records and security announcements name the source: <c>openssl</c>, not
/// <c>libssl3</c>), in the image's release (<c>Debian:12</c>, from <c>/etc/os-release</c>).</summary>
internal sealed record OsPackage(string Ecosystem, string Name, string Version, string Source, string SourceVersion)
{
    /// <summary>The OS package inventory of the final filesystem: dpkg's status (installed packages) and apk's
    /// database; files a later layer deleted are not installed.</summary>
    public static List<OsPackage> Inventory(ImageArchive image)
    {
        var present = image.Files.Where(f => f.DeletedInLayer is null && f.Content is not null).ToList();
        var release = present.LastOrDefault(f => f.Path is "etc/os-release" or "usr/lib/os-release") is { Content: { } osRelease }
            ? Encoding.UTF8.GetString(osRelease).Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("VERSION_ID=", StringComparison.Ordinal))?["VERSION_ID=".Length..].Trim('"')
            : null;
        var packages = new List<OsPackage>();
        foreach (var file in present.Where(f => f.Path is "var/lib/dpkg/status" or "lib/apk/db/installed"))
        {
            var debian = file.Path.StartsWith("var/", StringComparison.Ordinal);
            var ecosystem = debian
                ? release is { Length: > 0 } ? $"Debian:{release.Split('.')[0]}" : "Debian"
                : release is { Length: > 0 } ? $"Alpine:v{string.Join('.', release.Split('.').Take(2))}" : "Alpine";
            foreach (var block in Encoding.UTF8.GetString(file.Content!).ReplaceLineEndings("\n").Split("\n\n"))
            {
                var fields = block.Split('\n').Where(l => l.Contains(':', StringComparison.Ordinal) && !l.StartsWith(' '))
                    .Select(l => (Key: l[..l.IndexOf(':', StringComparison.Ordinal)], Value: l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
                    .GroupBy(f => f.Key).ToDictionary(g => g.Key, g => g.First().Value);
                var (name, version, source) = debian
                    ? (fields.GetValueOrDefault("Package"), fields.GetValueOrDefault("Version"), fields.GetValueOrDefault("Source"))
                    : (fields.GetValueOrDefault("P"), fields.GetValueOrDefault("V"), fields.GetValueOrDefault("o"));
                if (name is null || version is null || (debian && fields.GetValueOrDefault("Status")?.EndsWith(" installed", StringComparison.Ordinal) == false))
                {
                    continue;
                }

                // "Source: openssl" (same version) or "Source: glibc (2.36-9)" when the binary's version differs.
                var (sourceName, sourceVersion) = source is { Length: > 0 }
                    ? source.IndexOf(" (", StringComparison.Ordinal) is var open and > 0 && source.EndsWith(')')
                        ? (source[..open], source[(open + 2)..^1])
                        : (source, version)
                    : (name, version);
                packages.Add(new OsPackage(ecosystem, name, version, sourceName, sourceVersion));
            }
        }

        return packages;
    }
}
