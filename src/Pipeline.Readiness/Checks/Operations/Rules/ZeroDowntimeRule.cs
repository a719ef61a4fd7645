using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>"Zero-downtime deploys: Rolling update configured" (the seed's words): a Deployment rolls (RollingUpdate,
/// which is Kubernetes' default when no strategy is set) without taking every pod down at once, or an Argo Rollout
/// rolls by canary or blue-green. Replicas, a PodDisruptionBudget and resources keep the service up at other times
/// (node drains, pressure): they are warnings here, not reasons to fail the item.</summary>
internal sealed class ZeroDowntimeRule : WorkloadRule
{
    public override string Name => "zerodowntime";

    public override IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options)
    {
        if (workload.Kind == "Rollout")
        {
            return StrategyRule.Of(workload);
        }

        if (workload.Kind == "StatefulSet")
        {
            return workload.Scalar("spec", "updateStrategy", "type") is "OnDelete"
                ? ["updateStrategy is OnDelete: pods are replaced only by hand; use RollingUpdate"] : [];
        }

        var type = workload.Scalar("spec", "strategy", "type") ?? "RollingUpdate";
        var unavailable = workload.Scalar("spec", "strategy", "rollingUpdate", "maxUnavailable");
        return type != "RollingUpdate" ? [$"strategy is {type}: every pod stops before the new ones start; configure RollingUpdate"]
            : unavailable is "100%" ? ["rollingUpdate.maxUnavailable is 100%: every pod may stop at once; lower it (0 keeps full capacity)"]
            : [];
    }

    public override IEnumerable<string> Advice(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options)
    {
        if (!int.TryParse(workload.Scalar("spec", "replicas"), out var replicas) || replicas < options.MinimumReplicas)
        {
            yield return $"replicas is {workload.Scalar("spec", "replicas") ?? "not set (1)"}; run at least {options.MinimumReplicas} to stay up during node drains";
        }

        var labels = Labels(workload.Mapping("spec", "template", "metadata", "labels"));
        if (!objects.Any(o => o.Kind == "PodDisruptionBudget" && Labels(o.Mapping("spec", "selector", "matchLabels")) is { Count: > 0 } selector
            && selector.All(s => labels.TryGetValue(s.Key, out var value) && value == s.Value)))
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
