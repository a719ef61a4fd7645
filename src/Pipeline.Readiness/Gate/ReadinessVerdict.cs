namespace Pipeline.Readiness;

/// <summary>The gate's decision: every item's evidence, the governance problems, waivers nobody used, and whether
/// the release may go ahead.</summary>
internal sealed record ReadinessVerdict(
    string Commit,
    DateTimeOffset GeneratedAt,
    IReadOnlyList<ItemEvidence> Items,
    IReadOnlyList<GovernanceProblem> Problems,
    IReadOnlyList<Waiver> UnusedWaivers)
{
    /// <summary>The sign-offs recorded for this commit.</summary>
    public IReadOnlyList<SignOff> SignOffs { get; init; } = [];

    /// <summary>What the verdict covers: whole or part of the checklist, its version, and the tree's state.</summary>
    public VerdictCoverage Coverage { get; init; } = new(VerdictCoverage.WholeScope, Items.Count, VerdictCoverage.VersionOf(Items.Select(i => i.Item.Id)), TreeClean: true, []);

    /// <summary>In the fan-in of a fanned-out workflow, the jobs' evidence the verdict was decided from
    /// (<c>part: file (digest)</c>); empty when this run's own checks decided.</summary>
    public IReadOnlyList<string> ReceivedFrom { get; init; } = [];

    /// <summary>True when nothing blocks.</summary>
    public bool Passed => Problems.Count == 0 && !Items.Any(i => i.Item.Gates && i.Status.Blocks());

    /// <summary>What blocks, as (id, status, reason) lines: items first, then governance problems.</summary>
    public IEnumerable<(string Id, string Status, string Reason)> Blocking =>
        Items.Where(i => i.Item.Gates && i.Status.Blocks()).Select(i => (i.Item.Id, i.Status.ToString(), i.Reason))
            .Concat(Problems.Select(p => (p.File, "Error", p.ToString())));
}
