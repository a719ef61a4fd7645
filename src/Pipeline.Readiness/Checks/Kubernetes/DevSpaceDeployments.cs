using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Kubernetes;

/// <summary>The workloads a <c>devspace.yaml</c> deploys with DevSpace's component chart (<c>helm.values.containers</c>),
/// rendered as that chart renders them: a Deployment named after the deployment, labelled
/// <c>app.kubernetes.io/component</c>, <c>replicas</c> default 1, and <c>strategy: Recreate</c> unless
/// <c>rollingUpdate.enabled</c> (then RollingUpdate with maxUnavailable default 0 %). Kubectl deployments name
/// manifests that are read as they are. Also the images DevSpace builds from this repository.</summary>
internal static class DevSpaceDeployments
{
    /// <summary>The file DevSpace reads.</summary>
    public const string File = "devspace.yaml";

    /// <summary>The rendered workloads, and the names of the images built from the repository (<c>images.*.image</c>).</summary>
    public static (IReadOnlyList<KubernetesObject> Workloads, IReadOnlyList<string> BuiltImages) Read(string root)
    {
        var path = Path.Combine(root, File);
        if (!System.IO.File.Exists(path) || RepositoryFiles.LoadYaml(path, File).Documents.FirstOrDefault()?.RootNode is not YamlMappingNode config)
        {
            return ([], []);
        }

        var images = (KubernetesObject.At(config, "images") as YamlMappingNode)?.Children
            .Select(c => (Key: ((YamlScalarNode)c.Key).Value ?? "", Image: (KubernetesObject.At(c.Value, "image") as YamlScalarNode)?.Value))
            .SelectMany(i => new[] { $"runtime.images.{i.Key}.", i.Image }).OfType<string>().ToList() ?? [];
        var workloads = new List<KubernetesObject>();
        foreach (var (key, deployment) in (KubernetesObject.At(config, "deployments") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (key is YamlScalarNode { Value: { } name } && KubernetesObject.At(deployment, "helm", "values") is YamlMappingNode values
                && KubernetesObject.At(values, "containers") is YamlSequenceNode containers)
            {
                workloads.Add(Render(name, values, containers, key));
            }
        }

        return (workloads, images);
    }

    private static KubernetesObject Render(string name, YamlMappingNode values, YamlSequenceNode containers, YamlNode key)
    {
        var rolling = KubernetesObject.At(values, "rollingUpdate", "enabled") is YamlScalarNode { Value: "true" };
        var labels = new YamlMappingNode { { "app.kubernetes.io/name", "devspace-app" }, { "app.kubernetes.io/component", name } };
        foreach (var (label, value) in (KubernetesObject.At(values, "labels") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            labels.Add(label, value);
        }

        var strategy = rolling
            ? new YamlMappingNode
            {
                { "type", "RollingUpdate" },
                { "rollingUpdate", new YamlMappingNode { { "maxUnavailable", Scalar(values, "0%", "rollingUpdate", "maxUnavailable") }, { "maxSurge", Scalar(values, "25%", "rollingUpdate", "maxSurge") } } },
            }
            : new YamlMappingNode { { "type", "Recreate" } };
        var rendered = new YamlMappingNode
        {
            { "kind", "Deployment" },
            { "metadata", new YamlMappingNode { { "name", name }, { "labels", labels } } },
            {
                "spec", new YamlMappingNode
                {
                    { "replicas", Scalar(values, "1", "replicas") },
                    { "strategy", strategy },
                    { "template", new YamlMappingNode { { "metadata", new YamlMappingNode { { "labels", labels } } }, { "spec", new YamlMappingNode { { "containers", containers } } } } },
                }
            },
        };
        return new KubernetesObject("Deployment", name, rendered, File)
        {
            Origin = $"deployments.{name} rendered as DevSpace's component chart renders it",
            OriginLine = (int)key.Start.Line,
        };
    }

    private static string Scalar(YamlNode values, string fallback, params string[] path) => (KubernetesObject.At(values, path) as YamlScalarNode)?.Value ?? fallback;
}
