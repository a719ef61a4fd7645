namespace Pipeline.Readiness.Checks.Operations;

/// <summary>What <see cref="KubernetesWorkloadCheck"/> requires of every workload.</summary>
internal enum WorkloadRule
{
    /// <summary>Every container has a liveness probe.</summary>
    Liveness,

    /// <summary>Every container has a readiness probe.</summary>
    Readiness,

    /// <summary>An explicit strategy: RollingUpdate with maxUnavailable 0, or an Argo Rollout with canary or blueGreen.</summary>
    Strategy,

    /// <summary>The strategy, at least the minimum replicas, a PodDisruptionBudget selecting the pods, and resource
    /// requests and limits on every container.</summary>
    ZeroDowntime,
}
