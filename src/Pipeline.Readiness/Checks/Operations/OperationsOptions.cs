namespace Pipeline.Readiness.Checks.Operations;

/// <summary>Where the operations assets are: Kubernetes manifests, CI workflow files, documentation, and how many
/// replicas a zero-downtime deployment needs.</summary>
public sealed record OperationsOptions : ICheckOptions
{
    /// <summary>Kubernetes manifests (globs relative to the root).</summary>
    public IReadOnlyList<string> Manifests { get; init; } = ["k8s/**/*.yaml", "k8s/**/*.yml", "deploy/**/*.yaml", "deploy/**/*.yml"];

    /// <summary>CI workflow files (globs): GitHub Actions, GitLab CI, Azure Pipelines, Jenkins.</summary>
    public IReadOnlyList<string> Workflows { get; init; } = [".github/workflows/*.yml", ".github/workflows/*.yaml", ".gitlab-ci.yml", "azure-pipelines.yml", "Jenkinsfile"];

    /// <summary>The documentation folder, relative to the root.</summary>
    public string Documentation { get; init; } = "docs";

    /// <summary>The names of the service's own workloads (Deployments, StatefulSets, Rollouts), which the workload
    /// rules judge; empty (the default): those running an image built from this repository, else every workload whose
    /// image is not a well-known dependency (PostgreSQL, Redis, an auth proxy…). The others are listed, not judged.</summary>
    public IReadOnlyList<string> Workloads { get; init; } = [];

    /// <summary>The fewest replicas for a zero-downtime deployment.</summary>
    public int MinimumReplicas { get; init; } = 2;

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (MinimumReplicas < 1)
        {
            yield return $"MinimumReplicas: must be at least 1 (got {MinimumReplicas})";
        }
    }
}
