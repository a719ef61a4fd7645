namespace Pipeline.Readiness.Tests.Support;

/// <summary>Runs the pure gate decision over one item or a whole checklist with fixed time and commit.</summary>
internal static class Gates
{
    public static ReadinessVerdict Decide(
        ChecklistItem item, IEnumerable<CheckOutcome>? outcomes = null, GovernanceRecords? governance = null, Checklist? checklist = null,
        Func<string, bool>? signOffCounts = null)
    {
        checklist ??= new Checklist([item]);
        var byItem = new Dictionary<string, IReadOnlyList<CheckOutcome>>();
        if (outcomes is not null)
        {
            byItem[item.Id] = [.. outcomes];
        }

        return GateDecider.Decide(checklist, [checklist.Find(item.Id)], byItem, governance ?? GovernanceRecords.Empty, Fixed.Commit, Fixed.Now,
            signOffCounts ?? (c => SignOffDecision.SameCommit(c, Fixed.Commit)));
    }

    public static ItemEvidence Single(this ReadinessVerdict verdict) => Assert.Single(verdict.Items);

    public static GovernanceRecords With(Waiver[]? waivers = null, Attestation[]? attestations = null, SignOff[]? signOffs = null) =>
        new(waivers ?? [], attestations ?? [], signOffs ?? [], []);
}
