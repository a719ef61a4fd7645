namespace Pipeline.Readiness;

/// <summary>What one fanned-out job hands the fan-in: the outcomes of its part's checks, for which commit, tree,
/// checklist and build configuration, and the digest of its content taken where it was written; or, from a job that
/// ran one partition of the tests, that partition's result files.</summary>
/// <param name="Part">The part's name.</param>
/// <param name="Commit">The commit the job evaluated.</param>
/// <param name="TreeClean">Whether the job's working tree was clean.</param>
/// <param name="DirtyPaths">The changed paths git reported there.</param>
/// <param name="ChecklistVersion">The checklist's version.</param>
/// <param name="Configuration">The build's configuration (<see cref="EvidenceParts.ConfigurationOf"/>).</param>
/// <param name="Outcomes">The outcomes of each item's checks, by item id.</param>
internal sealed record PartEvidence(
    string Part, string Commit, bool TreeClean, IReadOnlyList<string> DirtyPaths, string ChecklistVersion, string Configuration,
    IReadOnlyDictionary<string, IReadOnlyList<CheckOutcome>> Outcomes)
{
    /// <summary>The partition of the tests the job ran (<c>--partition</c>), or null for a whole part. A partition's
    /// evidence holds no outcomes: it hands on <see cref="TestRuns"/>, which the fan-in merges and judges.</summary>
    public Checks.Code.TestPartition? Partition { get; init; }

    /// <summary>What each test run of a partition did and kept (empty for a whole part).</summary>
    public IReadOnlyList<Checks.Code.PartitionRun> TestRuns { get; init; } = [];

    /// <summary>The digest recorded in the file (<see cref="ReportDigest"/> of the rest of it).</summary>
    public string Digest { get; init; } = string.Empty;
}
