namespace Pipeline.Readiness;

/// <summary>Combines the outcomes of an item's checks: any Failed is Failed (unless every error finding is waived by
/// fingerprint) — a definite failure is never hidden behind another check's Error, whose reason is added — then any
/// Error is an Error, all Not applicable is Not applicable, otherwise Passed. No check at all is an Error: the gate
/// fails closed.</summary>
internal static class CheckDecision
{
    public static ItemEvidence Decide(ChecklistItem item, IReadOnlyList<CheckOutcome> outcomes, List<Waiver> active, HashSet<Waiver> used, string commit)
    {
        if (outcomes.Count == 0)
        {
            return new ItemEvidence(item, ItemStatus.Error, "no check is registered for this item", "none", commit);
        }

        var waived = new HashSet<string>();
        var statuses = outcomes.Select(o => Effective(o.Result, active, used, waived)).ToList();
        string Reasons(params CheckStatus[] of) =>
            string.Join("; ", outcomes.Zip(statuses).Where(x => of.Contains(x.Second)).Select(x => x.First.Result.Summary).Distinct(StringComparer.Ordinal)); // one cause, once

        var (status, reason) = statuses switch
        {
            _ when statuses.Contains(CheckStatus.Failed) => (ItemStatus.Failed, statuses.Contains(CheckStatus.Error)
                ? $"{Reasons(CheckStatus.Failed)}; also undecided: {Reasons(CheckStatus.Error)}"
                : Reasons(CheckStatus.Failed)),
            _ when statuses.Contains(CheckStatus.Error) => (ItemStatus.Error, Reasons(CheckStatus.Error)),
            _ when statuses.All(s => s == CheckStatus.NotApplicable) => (ItemStatus.NotApplicable, Reasons(CheckStatus.NotApplicable)),
            _ when waived.Count > 0 && outcomes.Any(o => o.Result.Status == CheckStatus.Failed) =>
                (ItemStatus.Waived, $"{waived.Count} finding(s) waived by fingerprint; {Reasons(CheckStatus.Passed)}"),
            _ => (ItemStatus.Passed, Reasons(CheckStatus.Passed)),
        };
        return new ItemEvidence(item, status, reason, "check", commit) { Checks = outcomes, WaivedFindings = waived };
    }

    /// <summary>Marks findings waived by fingerprint; a failed result whose error findings are all waived counts as passed.</summary>
    private static CheckStatus Effective(CheckResult result, List<Waiver> active, HashSet<Waiver> used, HashSet<string> waived)
    {
        var blocking = result.Findings.Where(f => f.Severity == FindingSeverity.Error).ToList();
        if (result.Status != CheckStatus.Failed || blocking.Count == 0)
        {
            return result.Status;
        }

        var covered = 0;
        foreach (var finding in blocking)
        {
            if (active.FirstOrDefault(w => w.Fingerprint == finding.Fingerprint) is { } waiver)
            {
                used.Add(waiver);
                waived.Add(finding.Fingerprint);
                covered++;
            }
        }

        return covered == blocking.Count ? CheckStatus.Passed : CheckStatus.Failed;
    }
}
