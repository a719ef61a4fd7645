namespace Pipeline.Readiness;

/// <summary>What a verdict covers: the scope (<see cref="WholeScope"/> or the target that evaluated part of the
/// checklist), the checklist's item count and version (a digest of its item ids), and whether the working tree was
/// clean when the evaluation started (with the changed paths when not).</summary>
/// <param name="Scope"><see cref="WholeScope"/>, or the name of the target that evaluated a part.</param>
/// <param name="ChecklistItems">How many items the build's checklist has.</param>
/// <param name="ChecklistVersion">A digest of the checklist's item ids (see <see cref="VersionOf"/>).</param>
/// <param name="TreeClean">Whether git reported no change outside the report folder.</param>
/// <param name="DirtyPaths">The changed paths git reported (at most 20), or why the state is unknown.</param>
internal sealed record VerdictCoverage(string Scope, int ChecklistItems, string ChecklistVersion, bool TreeClean, IReadOnlyList<string> DirtyPaths)
{
    /// <summary>The scope of an evaluation of the whole checklist: the only one that may decide a release.</summary>
    public const string WholeScope = "whole";

    /// <summary>True when the verdict is about the whole checklist.</summary>
    public bool IsWhole => Scope == WholeScope;

    /// <summary><c>sha256:</c> and the hex digest of the ordinally sorted item ids, one per line.</summary>
    /// <param name="itemIds">The checklist's item ids.</param>
    public static string VersionOf(IEnumerable<string> itemIds) => ReportDigest.ChecklistVersionOf(itemIds);
}
