namespace Pipeline.Readiness;

/// <summary>Decides every item from its checks, attestations and sign-offs, applies unexpired waivers, and turns
/// expired waivers into blocking problems. Pure: the same inputs give the same verdict.</summary>
internal static class GateDecider
{
    public static ReadinessVerdict Decide(
        Checklist checklist, IEnumerable<ChecklistItem> scope, IReadOnlyDictionary<string, IReadOnlyList<CheckOutcome>> outcomes,
        GovernanceRecords governance, string commit, DateTimeOffset now, Func<string, bool> signOffCounts)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var active = governance.Waivers.Where(w => w.Expires >= today).ToList();
        var used = new HashSet<Waiver>();
        var items = new List<ItemEvidence>();
        foreach (var item in scope)
        {
            var evidence = checklist.Disabled.TryGetValue(item.Id, out var reason)
                ? new ItemEvidence(item, ItemStatus.NotApplicable, reason, "configuration", commit)
                : item.Binding switch
                {
                    AttestationBinding binding => AttestationDecision.Decide(item, binding, governance.Attestations, commit, today),
                    SignOffBinding binding => SignOffDecision.Decide(item, binding, governance.SignOffs, commit, signOffCounts),
                    AfterLaunchBinding => new ItemEvidence(item, ItemStatus.NotApplicable, "post-launch follow-up, reviewed after release", "after-launch", commit),
                    _ => CheckDecision.Decide(item, outcomes.GetValueOrDefault(item.Id) ?? [], active, used, commit),
                };
            items.Add(ApplyItemWaiver(evidence, active, used));
        }

        var problems = governance.Problems.Concat(governance.Waivers.Where(w => w.Expires < today).Select(w =>
            new GovernanceProblem(w.File, w.Line, "expires", $"the waiver for {w.Target} expired on {w.Expires:yyyy-MM-dd}; renew it or remove it")));
        return new ReadinessVerdict(commit, now, items, [.. problems], [.. active.Where(w => !used.Contains(w))])
        {
            SignOffs = [.. governance.SignOffs.Where(s => signOffCounts(s.Commit))],
        };
    }

    private static ItemEvidence ApplyItemWaiver(ItemEvidence evidence, List<Waiver> active, HashSet<Waiver> used)
    {
        if (evidence.Status is not (ItemStatus.Failed or ItemStatus.Error)
            || active.FirstOrDefault(w => w.Item == evidence.Item.Id) is not { } waiver)
        {
            return evidence;
        }

        used.Add(waiver);
        return evidence with
        {
            Status = ItemStatus.Waived,
            Reason = $"waived until {waiver.Expires:yyyy-MM-dd} by {waiver.Owner} (approved by {waiver.Approver}): {waiver.Reason}; was {evidence.Status}: {evidence.Reason}",
            Waiver = waiver,
        };
    }
}
