using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>"Zero-downtime deployment": the strategy, at least the minimum replicas, a PodDisruptionBudget that selects
/// the pods, and resource requests and limits on every container.</summary>
internal sealed class ZeroDowntimeRule : WorkloadRule
{
    public override string Name => "zerodowntime";

    public override IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options) =>
        StrategyRule.Of(workload).Concat(Deployment(workload, objects, options));

    private static IEnumerable<string> Deployment(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options)
    {
        if (!int.TryParse(workload.Scalar("spec", "replicas"), out var replicas) || replicas < options.MinimumReplicas)
        {
            yield return $"replicas is {workload.Scalar("spec", "replicas") ?? "not set (1)"}; run at least {options.MinimumReplicas}";
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
}
