using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Kubernetes;

/// <summary>One object of a Kubernetes manifest (a YAML document with <c>kind</c>), with the file it came from.</summary>
internal sealed record KubernetesObject(string Kind, string Name, YamlMappingNode Root, string File)
{
    /// <summary>The line of the object's start (for an object rendered from a deployment tool's values, the line of
    /// the values it came from).</summary>
    public int Line => OriginLine ?? (int)Root.Start.Line;

    /// <summary>For an object the gate rendered from a deployment tool's file (DevSpace's component chart), how it was
    /// made, as reasons show it; null for an object read from a manifest.</summary>
    public string? Origin { get; init; }

    /// <summary>The line the rendered object's values start on; null for a manifest's object.</summary>
    public int? OriginLine { get; init; }

    /// <summary>The mapping at a path of keys, or null.</summary>
    public YamlMappingNode? Mapping(params string[] path) => Node(path) as YamlMappingNode;

    /// <summary>The sequence at a path of keys, or an empty one.</summary>
    public IEnumerable<YamlNode> Sequence(params string[] path) => Node(path) is YamlSequenceNode sequence ? sequence.Children : [];

    /// <summary>The scalar text at a path of keys, or null.</summary>
    public string? Scalar(params string[] path) => (Node(path) as YamlScalarNode)?.Value;

    /// <summary>The node at a path of keys from <paramref name="start"/> (default: the root), or null.</summary>
    public static YamlNode? At(YamlNode? start, params string[] path)
    {
        var node = start;
        foreach (var key in path)
        {
            node = node is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null;
        }

        return node;
    }

    /// <summary>The pod template's containers of a workload (Deployment, StatefulSet, DaemonSet, Argo Rollout).</summary>
    public IEnumerable<YamlMappingNode> Containers => Sequence("spec", "template", "spec", "containers").OfType<YamlMappingNode>();

    /// <summary>Whether this is a workload with a pod template.</summary>
    public bool IsWorkload => Kind is "Deployment" or "StatefulSet" or "DaemonSet" or "Rollout";

    private YamlNode? Node(string[] path) => At(Root, path);
}
