using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Checks every workload (Deployment, StatefulSet, Argo Rollout) of the manifests against one
/// <see cref="WorkloadRule"/>; findings name workload, container and file(line). No workload at all fails.</summary>
internal sealed class KubernetesWorkloadCheck(OperationsOptions options, WorkloadRule rule, KubernetesManifestReads? reads = null) : ReadinessCheck<OperationsOptions>(options)
{
    private readonly KubernetesManifestReads _reads = reads ?? new KubernetesManifestReads(options.Manifests);

    /// <inheritdoc />
    public override string Name => $"kubernetes-{rule.ToString().ToLowerInvariant()}";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var objects = _reads.Read(context.Root);
        var workloads = objects.Where(o => o.IsWorkload && o.Kind != "DaemonSet").ToList();
        if (workloads.Count == 0)
        {
            var none = $"no Deployment, StatefulSet or Rollout in {string.Join(", ", Options.Manifests)}";
            return Task.FromResult(CheckResult.Failed(0, none, Finding.Create($"kubernetes.{Name}", FindingSeverity.Error, null, null, none, "none")));
        }

        var problems = workloads.SelectMany(w => Problems(w, objects).Select(p => (Workload: w, Problem: p))).ToList();
        var findings = problems.Select(p => Finding.Create($"kubernetes.{rule.ToString().ToLowerInvariant()}", FindingSeverity.Error, p.Workload.File, p.Workload.Line,
            $"{p.Workload.Kind} {p.Workload.Name} ({p.Workload.File}({p.Workload.Line})): {p.Problem}", $"{p.Workload.Name}|{p.Problem}")).ToArray();
        return Task.FromResult(findings.Length == 0
            ? CheckResult.Passed(workloads.Count, $"{workloads.Count} workload(s) meet the rule: {string.Join(", ", workloads.Select(w => $"{w.Kind} {w.Name}"))}")
            : CheckResult.Failed(workloads.Count, string.Join("; ", findings.Select(f => f.Message)), findings));
    }

    private IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects) => rule switch
    {
        WorkloadRule.Liveness => MissingInContainers(workload, "livenessProbe"),
        WorkloadRule.Readiness => MissingInContainers(workload, "readinessProbe"),
        WorkloadRule.Strategy => StrategyProblems(workload),
        _ => StrategyProblems(workload).Concat(ZeroDowntimeProblems(workload, objects)),
    };

    private static IEnumerable<string> MissingInContainers(KubernetesObject workload, string key) =>
        workload.Containers.Where(c => KubernetesObject.At(c, key) is not YamlMappingNode).Select(c => $"container {Text(c, "name")} has no {key}");

    private static IEnumerable<string> StrategyProblems(KubernetesObject workload)
    {
        if (workload.Kind == "Rollout")
        {
            return workload.Mapping("spec", "strategy", "canary") is null && workload.Mapping("spec", "strategy", "blueGreen") is null
                ? ["the Rollout defines neither a canary nor a blueGreen strategy"] : [];
        }

        var (type, unavailable) = (workload.Scalar("spec", "strategy", "type"), workload.Scalar("spec", "strategy", "rollingUpdate", "maxUnavailable"));
        return type != "RollingUpdate" ? [$"strategy is {type ?? "not set"}; set RollingUpdate with maxUnavailable 0 (or use a canary/blue-green Rollout)"]
            : unavailable is not ("0" or "0%") ? [$"rollingUpdate.maxUnavailable is {unavailable ?? "not set (25 %)"}; set 0 so no pod is taken down before its replacement is ready"]
            : [];
    }

    private IEnumerable<string> ZeroDowntimeProblems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects)
    {
        if (!int.TryParse(workload.Scalar("spec", "replicas"), out var replicas) || replicas < Options.MinimumReplicas)
        {
            yield return $"replicas is {workload.Scalar("spec", "replicas") ?? "not set (1)"}; run at least {Options.MinimumReplicas}";
        }

        var labels = Labels(workload.Mapping("spec", "template", "metadata", "labels"));
        var budgets = objects.Where(o => o.Kind == "PodDisruptionBudget" && Labels(o.Mapping("spec", "selector", "matchLabels")) is { Count: > 0 } selector
            && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value)).ToList();
        if (budgets.Count == 0)
        {
            yield return "no PodDisruptionBudget selects its pods";
        }

        foreach (var container in workload.Containers)
        {
            var missing = new[] { "requests.cpu", "requests.memory", "limits.memory" }
                .Where(path => KubernetesObject.At(container, ["resources", .. path.Split('.')]) is not YamlScalarNode).ToList();
            if (missing.Count > 0)
            {
                yield return $"container {Text(container, "name")} sets no resources {string.Join(", ", missing)}";
            }
        }
    }

    private static Dictionary<string, string> Labels(YamlMappingNode? mapping) =>
        mapping?.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? string.Empty) ?? [];

    private static string Text(YamlNode node, string key) => (KubernetesObject.At(node, key) as YamlScalarNode)?.Value ?? "(unnamed)";
}
