using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Operations.Rules;

/// <summary>What every workload (Deployment, StatefulSet, Argo Rollout) must have for one item: a pure function from
/// the workload and the manifests' other objects to its problems. One type per item.</summary>
internal abstract class WorkloadRule
{
    /// <summary>The rule's name, as the check's (<c>kubernetes-&lt;name&gt;</c>) and its findings' (<c>kubernetes.&lt;name&gt;</c>).</summary>
    public abstract string Name { get; }

    /// <summary>What <paramref name="workload"/> lacks (empty: it meets the rule).</summary>
    public abstract IEnumerable<string> Problems(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options);

    /// <summary>What the workload should also have, as warnings that do not decide the item (empty by default).</summary>
    public virtual IEnumerable<string> Advice(KubernetesObject workload, IReadOnlyList<KubernetesObject> objects, OperationsOptions options) => [];

    /// <summary>The containers of <paramref name="workload"/> without <paramref name="key"/>.</summary>
    protected static IEnumerable<string> MissingInContainers(KubernetesObject workload, string key) =>
        workload.Containers.Where(c => KubernetesObject.At(c, key) is not YamlMappingNode).Select(c => $"container {Text(c, "name")} has no {key}");

    /// <summary>A mapping's labels.</summary>
    protected static Dictionary<string, string> Labels(YamlMappingNode? mapping) =>
        mapping?.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => (c.Value as YamlScalarNode)?.Value ?? string.Empty) ?? [];

    /// <summary>A scalar under <paramref name="key"/>, or <c>(unnamed)</c>.</summary>
    protected static string Text(YamlNode node, string key) => (KubernetesObject.At(node, key) as YamlScalarNode)?.Value ?? "(unnamed)";
}
