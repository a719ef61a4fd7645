namespace Pipeline.Readiness;

/// <summary>Whether the working tree holds changes git sees (<see cref="GitStatusChanges"/>), with at most 20 of the
/// changed paths; not clean when git cannot tell.</summary>
internal static class WorkingTree
{
    private const int ShownPaths = 20;

    public static async Task<(bool Clean, IReadOnlyList<string> Paths)> ReadAsync(IProcessRunner processes, string root, string reportDirectory, CancellationToken cancellation)
    {
        var status = await Git.RunAsync(processes, root, GitStatusChanges.Arguments(reportDirectory), cancellation).ConfigureAwait(false);
        if (status is not { ExitCode: 0 })
        {
            return (false, [status is null ? "git could not run, so the tree's state is unknown" : $"git status failed (exit code {status.ExitCode}), so the tree's state is unknown"]);
        }

        var paths = GitStatusChanges.Paths(status.StandardOutput);
        return (paths.Count == 0, [.. paths.Take(ShownPaths)]);
    }
}
