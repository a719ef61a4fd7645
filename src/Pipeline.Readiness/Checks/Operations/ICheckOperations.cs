namespace Pipeline.Readiness.Checks.Operations;

/// <summary>The operations checks: a CI workflow runs the gate; the workloads have liveness and readiness probes, a
/// zero-downtime strategy, replicas, a PodDisruptionBudget and resources; the runbook, diagram, recovery procedure
/// with RTO/RPO, incident response and health-check documentation exist.</summary>
[ReadinessModule<OperationsModule>]
public interface ICheckOperations : IReadinessComponent
{
    /// <summary>Override to point at the service's manifests, workflows or docs folder.</summary>
    OperationsOptions OperationsSettings => new();

    /// <summary>The operations checks.</summary>
    Target CheckOperations => _ => _.Description("Checks CI, Kubernetes workloads and operations documentation").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<OperationsModule>(token));
}
