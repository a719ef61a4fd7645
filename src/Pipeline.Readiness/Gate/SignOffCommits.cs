namespace Pipeline.Readiness;

/// <summary>Finds which recorded sign-off commits still count for HEAD: HEAD itself, or an ancestor of HEAD from
/// which only files under <c>readiness/</c> changed (committing a sign-off must not void it). A recorded id that is
/// not a commit of this repository (<c>git cat-file -t</c> does not say <c>commit</c>) is a governance problem.</summary>
internal static class SignOffCommits
{
    public static async Task<(Func<string, bool> Counts, IReadOnlyList<GovernanceProblem> Problems)> ResolveAsync(
        IProcessRunner processes, string root, string head, IEnumerable<SignOff> signOffs, CancellationToken cancellation)
    {
        var counting = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<GovernanceProblem>();
        foreach (var signOff in signOffs.DistinctBy(s => s.Commit, StringComparer.OrdinalIgnoreCase))
        {
            var type = await Git.RunAsync(processes, root, ["cat-file", "-t", signOff.Commit], cancellation).ConfigureAwait(false);
            if (type is not { ExitCode: 0 } || type.StandardOutput.Trim() != "commit")
            {
                problems.Add(new GovernanceProblem(signOff.File, signOff.Line, "commit", $"{signOff.Commit} is not a commit of this repository"));
            }
            else if (SignOffDecision.SameCommit(signOff.Commit, head)
                || (head != CommitReader.Unknown && await OnlyGovernanceChangedSince(processes, root, signOff.Commit, cancellation).ConfigureAwait(false)))
            {
                counting.Add(signOff.Commit);
            }
        }

        return (counting.Contains, problems);
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
