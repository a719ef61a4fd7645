namespace Pipeline.Readiness;

/// <summary>Decides a sign-off item: only a sign-off that counts for the current commit does (the commit itself, or
/// an ancestor followed only by changes under <c>readiness/</c>, such as committing the sign-off).</summary>
internal static class SignOffDecision
{
    public static ItemEvidence Decide(ChecklistItem item, SignOffBinding binding, IReadOnlyList<SignOff> signOffs, string commit, Func<string, bool> countsForCommit)
    {
        var role = SignOffRoles.Name(binding.Role);
        var ofRole = signOffs.Where(s => s.Role == binding.Role).ToList();
        if (ofRole.LastOrDefault(s => countsForCommit(s.Commit)) is { } current)
        {
            return new ItemEvidence(item, ItemStatus.Passed, $"signed off by {current.Name} on {current.Date:yyyy-MM-dd} for commit {Short(current.Commit)}", "sign-off", commit) { SignOff = current };
        }

        var reason = ofRole.Count == 0
            ? $"no sign-off by {role}; run ./build.sh SignOff --role {role} --name \"<name>\""
            : $"the sign-off by {ofRole[^1].Name} is for commit {Short(ofRole[^1].Commit)}, not the current {Short(commit)}";
        return new ItemEvidence(item, ItemStatus.Pending, reason, "sign-off", commit);
    }

    /// <summary>Only the same full commit id matches; an unknown commit or an abbreviation matches nothing.</summary>
    public static bool SameCommit(string recorded, string current) =>
        current != CommitReader.Unknown && SignOff.IsFullCommitId(recorded) && string.Equals(recorded, current, StringComparison.OrdinalIgnoreCase);

    private static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;
}
