namespace Pipeline.Readiness;

/// <summary>Whether the working tree holds changes git sees (modified, staged, deleted or untracked files that are
/// not ignored), leaving out what the build itself writes: the report folder, <c>.nuke/temp</c> and the parameter
/// schema <c>.nuke/build.schema.json</c> (derived from the committed build code).</summary>
internal static class WorkingTree
{
    private const int ShownPaths = 20;

    public static async Task<(bool Clean, IReadOnlyList<string> Paths)> ReadAsync(IProcessRunner processes, string root, string reportDirectory, CancellationToken cancellation)
    {
        var report = reportDirectory.Replace('\\', '/').TrimEnd('/');
        var status = await Git.RunAsync(processes, root,
            ["status", "--porcelain", "-z", "--untracked-files=all", "--", ".", $":(exclude){report}", ":(exclude).nuke/temp", ":(exclude).nuke/build.schema.json"], cancellation).ConfigureAwait(false);
        if (status is not { ExitCode: 0 })
        {
            return (false, [status is null ? "git could not run, so the tree's state is unknown" : $"git status failed (exit code {status.ExitCode}), so the tree's state is unknown"]);
        }

        var paths = status.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries)
            .Where(entry => entry.Length > 3 && entry[2] == ' ').Select(entry => entry[3..]).ToList();
        return (paths.Count == 0, [.. paths.Take(ShownPaths)]);
    }
}
