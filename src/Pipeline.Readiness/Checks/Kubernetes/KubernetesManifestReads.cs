namespace Pipeline.Readiness.Checks.Kubernetes;

/// <summary>The manifests under a set of globs, read once per evaluation for every check that reads them — the
/// workload rules, the scrape configuration, the configuration view and the pool settings all share one read of the
/// same globs — so a malformed manifest fails each of them with the same file-and-line error.</summary>
internal sealed class KubernetesManifestReads(IReadOnlyList<string> globs) : Collector("manifests", $"manifests|{string.Join('|', globs)}")
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <summary>The objects of the manifests under the root.</summary>
    public Task<IReadOnlyList<KubernetesObject>> ReadAsync(CheckContext context) =>
        Observe(context, "read", c => Task.FromResult(KubernetesManifests.Read(c.Root, globs)));
}
