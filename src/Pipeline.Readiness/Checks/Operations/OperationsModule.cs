namespace Pipeline.Readiness.Checks.Operations;

/// <summary>The <c>CheckOperations</c> target's items: the CI pipeline, the Kubernetes workload rules and the
/// operations documents.</summary>
internal sealed class OperationsModule : ReadinessModule<ICheckOperations>
{
    public override string Target => "CheckOperations";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
    [
        Readiness.Items.Operations.CiCdPipeline, Readiness.Items.Operations.LivenessProbe, Readiness.Items.Operations.ReadinessProbe,
        Readiness.Items.Operations.DeploymentStrategy, Readiness.Items.Operations.ZeroDowntime, Readiness.Items.Operations.Runbook,
        Readiness.Items.Operations.ArchitectureDiagram, Readiness.Items.Operations.RecoveryProcedure, Readiness.Items.Operations.RtoRpo,
        Readiness.Items.Operations.IncidentResponse, Readiness.Items.Operations.HealthCheckDocumented,
    ];

    protected override void Register(ICheckOperations component, ReadinessSetup setup) => setup.AddOperationsChecks(component.OperationsSettings);
}
