namespace Pipeline.Readiness;

/// <summary>What one fanned-out job hands the fan-in: the outcomes of its part's checks, for which commit, tree,
/// checklist and build configuration, and the digest of its content taken where it was written.</summary>
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
    /// <summary>The digest recorded in the file (<see cref="ReportDigest"/> of the rest of it).</summary>
    public string Digest { get; init; } = string.Empty;
}
