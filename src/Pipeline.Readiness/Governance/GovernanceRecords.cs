namespace Pipeline.Readiness;

/// <summary>Everything read from <c>readiness/</c>: waivers, attestations, sign-offs, and the problems found
/// reading them.</summary>
internal sealed record GovernanceRecords(
    IReadOnlyList<Waiver> Waivers,
    IReadOnlyList<Attestation> Attestations,
    IReadOnlyList<SignOff> SignOffs,
    IReadOnlyList<GovernanceProblem> Problems)
{
    /// <summary>No records and no problems.</summary>
    public static GovernanceRecords Empty { get; } = new([], [], [], []);
}
