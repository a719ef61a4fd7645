using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>The files a scan reads: what git tracks plus untracked files it does not ignore (so <c>.gitignore</c> is
/// respected); outside git, every file of the tree (<see cref="RepositoryTree"/>: no directory links followed, no
/// special files, no links out of the root). The gate's own report folder, <c>artifacts/</c>, <c>.nuke/temp/</c> and the fingerprint key are never scanned. Files are text or binary
/// (many control bytes; a <c>.env</c> file is always text); nothing is dropped: configured exclusions are listed, and
/// a file that cannot be read is listed with why, which makes the scan an Error.</summary>
internal sealed record ScanInventory(
    IReadOnlyList<string> Files, IReadOnlyList<string> Binary, IReadOnlyList<string> Excluded, IReadOnlyList<string> Unreadable, bool UsedGit)
{
    /// <summary>Build output (packages, reports, the gate's own evidence): never scanned, listed as excluded.</summary>
    public const string BuildOutput = "artifacts/";

    /// <summary>The build's own work folder (the SDK the bootstrap installs, the compile stamp, the evidence cache with
    /// its key): never scanned, listed as excluded, also in a repository whose <c>.gitignore</c> does not name it.</summary>
    public const string BuildWork = ".nuke/temp/";

    public static async Task<ScanInventory> ListAsync(CheckContext context, IReadOnlyList<string>? excludePaths = null)
    {
        var listing = await Git.RunAsync(context.Processes, context.Root, ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], context.Cancellation)
            .ConfigureAwait(false);
        var usedGit = listing is { ExitCode: 0 };
        var reports = context.ReportDirectory.Replace('\\', '/').TrimEnd('/') + "/";
        var candidates = usedGit
            ? listing!.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct()
            : RepositoryTree.Files(context.Root, d => d + "/" == reports);
        var (files, binary, excluded, unreadable) = (new List<string>(), new List<string>(), new List<string>(), new List<string>());
        var exclusions = new Matcher();
        exclusions.AddIncludePatterns(excludePaths ?? []);
        foreach (var relative in candidates.Where(p => !p.StartsWith(reports, StringComparison.Ordinal) && p != SecretFingerprints.KeyPath).Order(StringComparer.Ordinal))
        {
            if (relative.StartsWith(BuildOutput, StringComparison.Ordinal) || relative.StartsWith(BuildWork, StringComparison.Ordinal) || (excludePaths is { Count: > 0 } && exclusions.Match(relative).HasMatches))
            {
                excluded.Add(relative);
                continue;
            }

            var path = Path.Combine(context.Root, relative);
            var kind = RepositoryTree.Classify(context.Root, path, followLinks: false);
            if (kind == RepositoryTree.Kind.Special)
            {
                unreadable.Add($"{relative} (a FIFO, socket or device where git has a file)");
                continue;
            }

            if (kind != RepositoryTree.Kind.File)
            {
                continue; // deleted in the working tree, or a link (its content is scanned at its target, or lies outside)
            }

            try
            {
                (IsEnvFile(relative) || !IsBinary(path) ? files : binary).Add(relative);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                unreadable.Add($"{relative} ({exception.GetType().Name})");
            }
        }

        return new ScanInventory(files, binary, excluded, unreadable, usedGit);
    }

    /// <summary><c>.env</c>, <c>*.env</c> and <c>.env.*</c>: never treated as binary, whatever bytes they hold.</summary>
    public static bool IsEnvFile(string path)
    {
        var name = Path.GetFileName(path);
        return name.Equals(".env", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".env", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith(".env.", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Binary when more than 5 % of the first 8,000 bytes are control bytes other than white space (compiled
    /// code, images, archives); a text file with a stray NUL byte stays text.</summary>
    private static bool IsBinary(string path)
    {
        Span<byte> head = stackalloc byte[8000];
        using var stream = File.OpenRead(path);
        var read = stream.Read(head);
        var control = 0;
        foreach (var b in head[..read])
        {
            control += b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or (byte)'\f' or 0x1b) ? 1 : 0;
        }

        return control * 20 > read;
    }
}
