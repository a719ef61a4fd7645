using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Readiness;

/// <summary>The files a scan reads: what git tracks plus untracked files it does not ignore (so
/// <c>.gitignore</c> is respected); outside git, every file but <c>.git</c>. Binary and oversized files are
/// counted and listed, never silently dropped; so are configured exclusions.</summary>
internal sealed record ScanInventory(IReadOnlyList<string> Files, IReadOnlyList<string> Binary, IReadOnlyList<string> TooLarge, IReadOnlyList<string> Excluded, bool UsedGit)
{
    public static async Task<ScanInventory> ListAsync(CheckContext context, long maximumBytes, IReadOnlyList<string>? excludePaths = null)
    {
        var listing = await Git.RunAsync(context.Processes, context.Root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], context.Cancellation)
            .ConfigureAwait(false);
        var usedGit = listing is { ExitCode: 0 };
        var candidates = usedGit
            ? listing!.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()
            : Directory.EnumerateFiles(context.Root, "*", SearchOption.AllDirectories).Select(context.Relative)
                .Where(p => !p.StartsWith(".git/", StringComparison.Ordinal));
        var (files, binary, large, excluded) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var exclusions = new Matcher();
        exclusions.AddIncludePatterns(excludePaths ?? []);
        foreach (var relative in candidates.Order(StringComparer.Ordinal))
        {
            if (excludePaths is { Count: > 0 } && exclusions.Match(relative).HasMatches)
            {
                excluded.Add(relative);
                continue;
            }

            var info = new FileInfo(Path.Combine(context.Root, relative));
            if (!info.Exists || info.LinkTarget is not null)
            {
                continue; // deleted in the working tree, or a link to content scanned at its target
            }

            (info.Length > maximumBytes ? large : IsBinary(info.FullName) ? binary : files).Add(relative);
        }

        return new ScanInventory(files, binary, large, excluded, usedGit);
    }

    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        return head[..read].Contains((byte)0);
    }
}
