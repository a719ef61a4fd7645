using System.Runtime.InteropServices;

namespace Pipeline.Readiness.Checks;

/// <summary>Walks and opens the repository under check safely: directory links are never followed (so <c>ln -s . loop</c>
/// cannot hang a walk), special files (FIFOs, sockets, devices) are never opened, and a link whose target lies
/// outside the root is never read (so <c>deploy/production.env -&gt; /etc/shadow</c> stays unread). <c>.git</c> is skipped.</summary>
internal static partial class RepositoryTree
{
    /// <summary>What a path is, for reading it as a file of the repository.</summary>
    public enum Kind
    {
        /// <summary>Nothing there (or a dangling link).</summary>
        Missing,

        /// <summary>A regular file, or a link to one inside the root.</summary>
        File,

        /// <summary>A directory (links to directories included).</summary>
        Directory,

        /// <summary>A link whose target is outside the root.</summary>
        OutsideLink,

        /// <summary>A FIFO, socket or device: reading it could block or never end.</summary>
        Special,

        /// <summary>A link, when links are not followed.</summary>
        Link,
    }

    /// <summary>Every file under <paramref name="root"/> as a relative path with <c>/</c>, in ordinal order: regular
    /// files, and links to regular files inside the root. <paramref name="skipDirectory"/> prunes relative folders.</summary>
    public static List<string> Files(string root, Func<string, bool>? skipDirectory = null)
    {
        var full = Path.GetFullPath(root);
        var files = new List<string>();
        var pending = new Stack<string>([full]);
        var options = new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0, RecurseSubdirectories = false };
        while (pending.TryPop(out var directory))
        {
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", options))
            {
                var relative = Path.GetRelativePath(full, entry.FullName).Replace('\\', '/');
                var kind = Classify(full, entry.FullName, followLinks: false);
                if (kind == Kind.Directory)
                {
                    if (relative != ".git" && skipDirectory?.Invoke(relative) != true)
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (kind == Kind.File || (kind == Kind.Link && Classify(full, entry.FullName) == Kind.File))
                {
                    files.Add(relative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>What <paramref name="path"/> (absolute, or relative to the root) is: one lstat, and for a link its final
    /// target; with <paramref name="followLinks"/> false a link is <see cref="Kind.Link"/>, whatever it points at.</summary>
    public static Kind Classify(string root, string path, bool followLinks = true)
    {
        var full = Path.GetFullPath(path, root);
        var type = TypeOf(full);
        if (type != Kind.Link)
        {
            return type;
        }

        if (!followLinks)
        {
            return Kind.Link;
        }

        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? Kind.Missing
            : TypeOf(target.FullName) is var kind && kind == Kind.Missing ? Kind.Missing
            : !IsInside(root, target.FullName) ? Kind.OutsideLink
            : kind;
    }

    /// <summary>True when a configured file is there to read; false when it is missing. Throws, naming the path, when
    /// it is something the gate must not read (a link out of the repository, a FIFO or device, a directory).</summary>
    public static bool ExistsToRead(string root, string relative) => Classify(root, relative) switch
    {
        Kind.File => true,
        Kind.Missing => false,
        Kind.OutsideLink => throw new IOException($"{relative} is a link to a file outside the repository; the gate does not read it"),
        Kind.Special => throw new IOException($"{relative} is a FIFO, socket or device, not a file; the gate does not read it"),
        _ => throw new IOException($"{relative} is a directory, not a file"),
    };

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(root), path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    /// <summary>The type of the entry itself (a link is not followed). FIFOs, sockets and devices look like ordinary
    /// files to .NET (attributes Normal, length 0), so the type comes from lstat, through the runtime's own native shim
    /// (its mode bits are the same on every Unix); Windows has none of them.</summary>
    private static Kind TypeOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            return info.LinkTarget is not null ? Kind.Link : System.IO.Directory.Exists(path) ? Kind.Directory : info.Exists ? Kind.File : Kind.Missing;
        }

        Span<byte> status = stackalloc byte[256];
        if (LStat(path, ref MemoryMarshal.GetReference(status)) != 0)
        {
            return Kind.Missing;
        }

        return (MemoryMarshal.Read<int>(status[4..]) & 0xF000) switch
        {
            0x8000 => Kind.File,
            0x4000 => Kind.Directory,
            0xA000 => Kind.Link,
            _ => Kind.Special,
        };
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte status);
}
