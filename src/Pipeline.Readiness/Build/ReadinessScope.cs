namespace Pipeline.Readiness;

/// <summary>Which items an evaluation decides: the whole checklist (the only scope that writes the release report
/// and may let a release through) or the part a check or category target evaluates, whose reports go to
/// <c>scoped/&lt;target&gt;/</c> under the report folder.</summary>
internal sealed record ReadinessScope(string Name, Func<ChecklistItem, bool> Includes)
{
    public static ReadinessScope Whole { get; } = new(VerdictCoverage.WholeScope, _ => true);

    public bool IsWhole => Name == VerdictCoverage.WholeScope;

    public static ReadinessScope Part(string target, Func<ChecklistItem, bool> includes) => new(target, includes);

    /// <summary>The folder this scope's reports go to, under the report folder.</summary>
    public string ReportFolder(string root, string reportDirectory) =>
        IsWhole ? Path.Combine(root, reportDirectory) : Path.Combine(root, reportDirectory, "scoped", Name);
}
