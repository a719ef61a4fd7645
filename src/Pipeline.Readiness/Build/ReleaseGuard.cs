namespace Pipeline.Readiness;

/// <summary>What Gate and Publish decide on: the release verdict of this run (an evaluation of the whole checklist),
/// passed, made on a clean tree, and still about the tree that is there now (same commit, still clean). Anything
/// else refuses with what to do; nothing read from disk counts.</summary>
internal static class ReleaseGuard
{
    public static async Task<ReadinessVerdict> VerifyAsync(IReadinessComponent build, string what, CancellationToken cancellation)
    {
        var state = ReadinessState.Of(build);
        var verdict = state.ReleaseVerdict
            ?? throw new InvalidOperationException($"{what} refused: no evaluation of the whole checklist ran in this build; run ./build.sh Release (Readiness, Gate, Publish in one run)");
        ReleaseRefusal.ThrowIfBlocked(verdict, what);
        if (!verdict.Coverage.TreeClean)
        {
            throw new InvalidOperationException($"{what} refused: the verdict was made on a working tree with changes git sees ({string.Join(", ", verdict.Coverage.DirtyPaths)}); commit or stash them, then run ./build.sh Release again");
        }

        var commit = await CommitReader.ReadAsync(build.Processes, build.RootDirectory, cancellation).ConfigureAwait(false);
        if (commit == CommitReader.Unknown || verdict.Commit == CommitReader.Unknown)
        {
            throw new InvalidOperationException($"{what} refused: the commit is unknown (not a git repository, or git failed); a release verdict must be bound to a commit");
        }

        if (!string.Equals(commit, verdict.Commit, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{what} refused: the verdict is for commit {verdict.Commit}, but HEAD is now {commit}; run ./build.sh Release again");
        }

        var (clean, dirty) = await WorkingTree.ReadAsync(build.Processes, build.RootDirectory, state.Setup.ReportDirectory, cancellation).ConfigureAwait(false);
        return clean ? verdict : throw new InvalidOperationException($"{what} refused: the working tree changed after the verdict ({string.Join(", ", dirty)}); commit or stash the changes, then run ./build.sh Release again");
    }
}
