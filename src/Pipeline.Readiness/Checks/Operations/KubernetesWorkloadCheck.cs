using Pipeline.Readiness.Checks.Operations.Rules;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Checks every workload (Deployment, StatefulSet, Argo Rollout) of the manifests against one
/// <see cref="WorkloadRule"/>; findings name workload, container and file(line). No workload at all fails.</summary>
internal sealed class KubernetesWorkloadCheck(OperationsOptions options, WorkloadRule rule, KubernetesManifestReads? reads = null) : ReadinessCheck<OperationsOptions>(options)
{
    private readonly KubernetesManifestReads _reads = reads ?? new KubernetesManifestReads(options.Manifests);

    /// <inheritdoc />
    public override string Name => $"kubernetes-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var objects = await _reads.ReadAsync(context).ConfigureAwait(false);
        var workloads = objects.Where(o => o.IsWorkload && o.Kind != "DaemonSet").ToList();
        if (workloads.Count == 0)
        {
            var none = $"no Deployment, StatefulSet or Rollout in {string.Join(", ", Options.Manifests)}";
            return CheckResult.Failed(0, none, Finding.Create($"kubernetes.{Name}", FindingSeverity.Error, null, null, none, "none"));
        }

        var problems = workloads.SelectMany(w => rule.Problems(w, objects, Options).Select(p => (Workload: w, Problem: p))).ToList();
        var findings = problems.Select(p => Finding.Create($"kubernetes.{rule.Name}", FindingSeverity.Error, p.Workload.File, p.Workload.Line,
            $"{p.Workload.Kind} {p.Workload.Name} ({p.Workload.File}({p.Workload.Line})): {p.Problem}", $"{p.Workload.Name}|{p.Problem}")).ToArray();
        return findings.Length == 0
            ? CheckResult.Passed(workloads.Count, $"{workloads.Count} workload(s) meet the rule: {string.Join(", ", workloads.Select(w => $"{w.Kind} {w.Name}"))}")
            : CheckResult.Failed(workloads.Count, string.Join("; ", findings.Select(f => f.Message)), findings);
    }
}
