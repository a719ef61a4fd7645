namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>"Readiness probe configured": every container has a readiness probe.</summary>
internal sealed class ReadinessProbeRule : WorkloadRule
{
    public override string Name => "readiness";

    public override IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options) =>
        MissingInContainers(workload, "readinessProbe");
}
