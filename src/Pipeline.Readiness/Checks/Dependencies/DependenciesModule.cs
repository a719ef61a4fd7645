namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>The <c>ScanDependencies</c> target's item: dependencies scanned for vulnerabilities.</summary>
internal sealed class DependenciesModule : ReadinessModule<IScanDependencies>
{
    public override string Target => "ScanDependencies";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.Security.DependenciesScanned];

    protected override void Register(IScanDependencies component, ReadinessSetup setup)
    {
        var settings = component.DependencyScanSettings;
        var dotNet = settings.Target is not null || CodeTarget.Candidates(component.RootDirectory).Count > 0;
        var python = PythonProject.At(component.RootDirectory, settings.PythonProjectDirectory) is not null;
        setup.AddMissing([.. DependencyChecks.For(settings, dotNet, python)]);
    }
}
