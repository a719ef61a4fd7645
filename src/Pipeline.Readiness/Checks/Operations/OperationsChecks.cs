using Pipeline.Readiness.Checks.Operations.Rules;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Registers the operations checks (Polly-style <c>AddX</c>): the CI workflow, the Kubernetes workload rules
/// and the documentation items.</summary>
internal static class OperationsChecks
{
    /// <summary>Adds a check for every operations item that has no check yet.</summary>
    public static ReadinessSetup AddOperationsChecks(this ReadinessSetup setup, OperationsOptions? options = null)
    {
        options ??= new OperationsOptions();
        var manifests = new KubernetesManifestReads(options.Manifests); // one read for the four workload rules
        var docs = DocumentRequirement.Seed.Select(d => (Items.All.Single(i => i.Id == d.Key), (ReadinessCheck)new DocumentationCheck(options, d.Value)));
        return setup.AddMissing([
            (Items.Operations.CiCdPipeline, new CiPipelineCheck(options)),
            (Items.Operations.LivenessProbe, new KubernetesWorkloadCheck(options, new LivenessProbeRule(), manifests)),
            (Items.Operations.ReadinessProbe, new KubernetesWorkloadCheck(options, new ReadinessProbeRule(), manifests)),
            (Items.Operations.DeploymentStrategy, new KubernetesWorkloadCheck(options, new StrategyRule(), manifests)),
            (Items.Operations.ZeroDowntime, new KubernetesWorkloadCheck(options, new ZeroDowntimeRule(), manifests)),
            .. docs]);
    }
}
