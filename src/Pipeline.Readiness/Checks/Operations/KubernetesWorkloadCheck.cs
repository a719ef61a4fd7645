using Pipeline.Readiness.Checks.Operations.Rules;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Checks the service's workloads (Deployment, StatefulSet, Argo Rollout) of the manifests and of
/// <c>devspace.yaml</c> against one <see cref="WorkloadRule"/> (<see cref="ServiceWorkloads"/> tells them from the
/// dependencies, which are listed apart); findings name workload, container and file(line). No workload of the
/// service fails.</summary>
internal sealed class KubernetesWorkloadCheck(OperationsOptions options, WorkloadRule rule, KubernetesManifestReads? reads = null) : ReadinessCheck<OperationsOptions>(options)
{
    private readonly KubernetesManifestReads _reads = reads ?? new KubernetesManifestReads(options.Manifests);

    /// <inheritdoc />
    public override string Name => $"kubernetes-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var (rendered, builtImages) = DevSpaceDeployments.Read(context.Root);
        var objects = (await _reads.ReadAsync(context).ConfigureAwait(false)).Concat(rendered).ToList();
        var (workloads, dependencies) = ServiceWorkloads.Split([.. objects.Where(o => o.IsWorkload && o.Kind != "DaemonSet")], builtImages, context.Root, Options);
        var apart = dependencies.Count == 0 ? "" : $" (dependencies, not judged: {string.Join(", ", dependencies.Select(Describe))})";
        if (workloads.Count == 0)
        {
            var none = $"no Deployment, StatefulSet or Rollout of the service in {string.Join(", ", Options.Manifests)} or {DevSpaceDeployments.File}{apart}";
            return CheckResult.Failed(0, none, Finding.Create($"kubernetes.{Name}", FindingSeverity.Error, null, null, none, "none"));
        }

        var problems = workloads.SelectMany(w => rule.Problems(w, objects, Options).Select(p => (Workload: w, Problem: p))).ToList();
        var findings = problems.Select(p => Finding.Create($"kubernetes.{rule.Name}", FindingSeverity.Error, p.Workload.File, p.Workload.Line,
            $"{Describe(p.Workload)}: {p.Problem}", $"{p.Workload.Name}|{p.Problem}")).ToList();
        var advice = workloads.SelectMany(w => rule.Advice(w, objects, Options).Select(a => Finding.Create($"kubernetes.{rule.Name}.advice", FindingSeverity.Warning,
            w.File, w.Line, $"{Describe(w)}: {a}", $"{w.Name}|{a}"))).ToList();
        return findings.Count == 0
            ? CheckResult.Passed(workloads.Count, $"{workloads.Count} workload(s) of the service meet the rule: {string.Join(", ", workloads.Select(Describe))}{apart}") with { Findings = advice }
            : CheckResult.Failed(workloads.Count, string.Join("; ", findings.Select(f => f.Message)) + apart, [.. findings, .. advice]);
    }

    private static string Describe(KubernetesObject workload)
    {
        var containers = workload.Containers.Select(c => (c.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("name"), out var name) ? name.ToString() : "?")).ToList();
        var what = containers.Count == 0 ? "" : $" (container{(containers.Count == 1 ? "" : "s")} {string.Join(", ", containers)})";
        return $"{workload.Kind} {workload.Name}{what} at {workload.File}({workload.Line}){(workload.Origin is { } origin ? ", " + origin : "")}";
    }
}
