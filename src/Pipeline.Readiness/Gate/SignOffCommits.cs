namespace Pipeline.Readiness;

/// <summary>Finds which recorded sign-off commits still count for HEAD: HEAD itself, or an ancestor of HEAD from
/// which only files under <c>readiness/</c> changed (committing a sign-off must not void it).</summary>
internal static class SignOffCommits
{
    public static async Task<Func<string, bool>> ResolveAsync(IProcessRunner processes, string root, string head, IEnumerable<string> commits, CancellationToken cancellation)
    {
        var counting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var commit in commits.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (SignOffDecision.SameCommit(commit, head)
                || (head != CommitReader.Unknown && await OnlyGovernanceChangedSince(processes, root, commit, cancellation).ConfigureAwait(false)))
            {
                counting.Add(commit);
            }
        }

        return counting.Contains;
    }

    private static async Task<bool> OnlyGovernanceChangedSince(IProcessRunner processes, string root, string commit, CancellationToken cancellation)
    {
        var ancestor = await Git.RunAsync(processes, root, ["merge-base", "--is-ancestor", commit, "HEAD"], cancellation).ConfigureAwait(false);
        if (ancestor is not { ExitCode: 0 })
        {
            return false;
        }

        var diff = await Git.RunAsync(processes, root, ["diff", "--name-only", commit, "HEAD"], cancellation).ConfigureAwait(false);
        return diff is { ExitCode: 0 } && diff.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .All(path => path.StartsWith("readiness/", StringComparison.Ordinal));
    }
}
