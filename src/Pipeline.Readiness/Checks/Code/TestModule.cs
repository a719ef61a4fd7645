namespace Pipeline.Readiness.Checks.Code;

/// <summary>The <c>Test</c> target's items: the whole suite and the security suites.</summary>
internal sealed class TestModule : ReadinessModule<ITest>
{
    public override string Target => "Test";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
    [
        Readiness.Items.Testing.AllTestsPassing, Readiness.Items.PreLaunch.TestSuite, Readiness.Items.Security.SqlInjectionTests,
        Readiness.Items.Security.XssTests, Readiness.Items.Security.AuthTests, Readiness.Items.Testing.SecurityTests,
        Readiness.Items.PreLaunch.SecurityTestSuite,
    ];

    protected override void Register(ITest component, ReadinessSetup setup)
    {
        CodeChecks.Register(component, setup, CodeParts.Tests);
    }
}
