namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>"Liveness probe configured": every container has a liveness probe.</summary>
internal sealed class LivenessProbeRule : WorkloadRule
{
    public override string Name => "liveness";

    public override IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options) =>
        MissingInContainers(workload, "livenessProbe");
}
