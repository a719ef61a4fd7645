using System.Collections.Concurrent;

namespace Pipeline.Readiness.Checks.Kubernetes;

/// <summary>Reads the manifests once per root for every check that shares it (the workload rules of one run), so a
/// malformed manifest fails each of them with the same file-and-line error.</summary>
internal sealed class KubernetesManifestReads(IReadOnlyList<string> globs)
{
    private readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<KubernetesObject>>> _reads = new(StringComparer.Ordinal);

    /// <summary>The objects of the manifests under <paramref name="root"/>.</summary>
    public IReadOnlyList<KubernetesObject> Read(string root) =>
        _reads.GetOrAdd(root, r => new Lazy<IReadOnlyList<KubernetesObject>>(() => KubernetesManifests.Read(r, globs))).Value;
}
