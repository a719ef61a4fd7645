namespace Pipeline.Readiness.Checks.Code;

/// <summary>The <c>Lint</c> target's items: lint and the type check.</summary>
internal sealed class LintModule : ReadinessModule<ILint>
{
    public override string Target => "Lint";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.PreLaunch.Lint, Readiness.Items.PreLaunch.TypeCheck];

    protected override void Register(ILint component, ReadinessSetup setup)
    {
        CodeChecks.Register(component, setup, CodeParts.Lint);
    }
}
