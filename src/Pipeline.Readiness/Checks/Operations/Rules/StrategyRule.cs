namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>"Deployment strategy defined": RollingUpdate with <c>maxUnavailable: 0</c>, or an Argo Rollout with a
/// canary or blueGreen strategy.</summary>
internal sealed class StrategyRule : WorkloadRule
{
    public override string Name => "strategy";

    public override IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options) => Of(workload);

    /// <summary>The strategy's problems (the zero-downtime rule requires the same).</summary>
    public static IEnumerable<string> Of(KubernetesObject workload)
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
}
