using System.Runtime.InteropServices;

namespace Pipeline.Readiness;

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
                if (entry.LinkTarget is null && entry is DirectoryInfo)
                {
                    if (relative != ".git" && skipDirectory?.Invoke(relative) != true)
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (Classify(full, entry.FullName) == Kind.File)
                {
                    files.Add(relative);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>What <paramref name="path"/> (absolute, or relative to the root) is.</summary>
    public static Kind Classify(string root, string path)
    {
        var full = Path.GetFullPath(path, root);
        var info = new FileInfo(full);
        if (info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists && !System.IO.Directory.Exists(target.FullName))
            {
                return Kind.Missing;
            }

            if (!IsInside(root, target.FullName))
            {
                return Kind.OutsideLink;
            }

            return System.IO.Directory.Exists(target.FullName) ? Kind.Directory : IsSpecial(target.FullName) ? Kind.Special : Kind.File;
        }

        return System.IO.Directory.Exists(full) ? Kind.Directory : !info.Exists ? Kind.Missing : IsSpecial(full) ? Kind.Special : Kind.File;
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

    /// <summary>FIFOs, sockets and devices: .NET shows them as ordinary files (attributes Normal, length 0), so the
    /// file type comes from lstat, through the runtime's own native shim (its mode bits are the same on every Unix).</summary>
    private static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        Span<byte> status = stackalloc byte[256];
        if (LStat(path, ref MemoryMarshal.GetReference(status)) != 0)
        {
            return false; // vanished meanwhile: opening it reports that
        }

        var type = MemoryMarshal.Read<int>(status[4..]) & 0xF000;
        return type is not (0x8000 or 0x4000 or 0xA000); // regular file, directory, link
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int LStat(string path, ref byte status);
}
