namespace Pipeline.Readiness.Checks.Code;

/// <summary>The <c>Coverage</c> target's item: coverage thresholds, from the test run <see cref="TestModule"/>'s
/// checks read too (one run per evaluation).</summary>
internal sealed class CoverageModule : ReadinessModule<IReportCoverage>
{
    public override string Target => "Coverage";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.Testing.CoverageAcceptable];

    protected override void Register(IReportCoverage component, ReadinessSetup setup)
    {
        CodeChecks.Register(component, setup, CodeParts.Coverage);
    }
}
