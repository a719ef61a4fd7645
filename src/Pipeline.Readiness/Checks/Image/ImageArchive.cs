using System.Formats.Tar;
using System.IO.Compression;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Image;

/// <summary>An image as <c>docker save</c> writes it: <c>manifest.json</c> names the config and the layers in order
/// (always followed, whatever the layout: Docker's folders, OCI blobs, podman's links). Every file of every layer is
/// kept, with whiteouts recorded, so a file deleted by a later layer is still seen.</summary>
internal sealed class ImageArchive
{
    private const int MaximumContentBytes = 4 * 1024 * 1024;

    public required JsonElement Config { get; init; }

    public required IReadOnlyList<string> Tags { get; init; }

    public required IReadOnlyList<ImageLayerFile> Files { get; init; }

    public long Size => Files.Where(f => f.DeletedInLayer is null).Sum(f => f.Size);

    public static ImageArchive Read(string archive)
    {
        var entries = new Dictionary<string, byte[]>();
        using (var reader = new TarReader(File.OpenRead(archive)))
        {
            while (reader.GetNextEntry() is { } entry)
            {
                if (entry.DataStream is { } data)
                {
                    using var copy = new MemoryStream();
                    data.CopyTo(copy);
                    entries[Normalize(entry.Name)] = copy.ToArray();
                }
                else if (entry.EntryType == TarEntryType.SymbolicLink)
                {
                    entries[Normalize(entry.Name)] = System.Text.Encoding.UTF8.GetBytes("\0link:" + Normalize(Path.Combine(Path.GetDirectoryName(entry.Name) ?? string.Empty, entry.LinkName)));
                }
            }
        }

        byte[] Get(string name)
        {
            var data = entries.GetValueOrDefault(Normalize(name)) ?? throw new InvalidDataException($"the archive has no '{name}'");
            return data.AsSpan().StartsWith("\0link:"u8) ? Get(System.Text.Encoding.UTF8.GetString(data)[6..]) : data;
        }

        using var manifest = JsonDocument.Parse(Get("manifest.json"));
        var image = manifest.RootElement[0];
        var config = JsonDocument.Parse(Get(image.GetProperty("Config").GetString()!)).RootElement.Clone();
        var tags = image.TryGetProperty("RepoTags", out var repoTags) && repoTags.ValueKind == JsonValueKind.Array
            ? repoTags.EnumerateArray().Select(t => t.GetString()!).ToList() : [];
        var files = new List<ImageLayerFile>();
        var layer = 0;
        foreach (var name in image.GetProperty("Layers").EnumerateArray().Select(l => l.GetString()!))
        {
            layer++;
            ReadLayer(Get(name), layer, files);
        }

        return new ImageArchive { Config = config, Tags = tags, Files = files };
    }

    private static void ReadLayer(byte[] data, int layer, List<ImageLayerFile> files)
    {
        Stream stream = new MemoryStream(data);
        if (data.Length > 2 && data[0] == 0x1f && data[1] == 0x8b)
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        using var reader = new TarReader(stream);
        while (reader.GetNextEntry() is { } entry)
        {
            var path = Normalize(entry.Name);
            var name = Path.GetFileName(path);
            if (name.StartsWith(".wh.", StringComparison.Ordinal))
            {
                var directory = Path.GetDirectoryName(path)?.Replace('\\', '/') ?? string.Empty;
                var deleted = name == ".wh..wh..opq" ? directory : Path.Combine(directory, name[4..]).Replace('\\', '/');
                for (var i = 0; i < files.Count; i++)
                {
                    if (files[i].DeletedInLayer is null && (files[i].Path == deleted || files[i].Path.StartsWith(deleted + "/", StringComparison.Ordinal)))
                    {
                        files[i] = files[i] with { DeletedInLayer = layer };
                    }
                }

                continue;
            }

            if (entry.EntryType is TarEntryType.RegularFile or TarEntryType.V7RegularFile || path.EndsWith("/.git", StringComparison.Ordinal) || path == ".git")
            {
                byte[]? content = null;
                if (entry.DataStream is { } body && entry.Length <= MaximumContentBytes)
                {
                    using var copy = new MemoryStream();
                    body.CopyTo(copy);
                    content = copy.ToArray();
                }

                files.Add(new ImageLayerFile(layer, path, entry.Length, content, null));
            }
        }
    }

    private static string Normalize(string name) => name.Replace('\\', '/').TrimStart('.', '/').TrimEnd('/');
}
