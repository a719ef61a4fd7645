using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The environment the workloads' containers get: <c>env</c> values, <c>secretKeyRef</c>/<c>configMapKeyRef</c>
/// references, and every key of the ConfigMaps named by <c>envFrom</c>, each with file and line.</summary>
internal static class KubernetesEnvironment
{
    public static IEnumerable<ConfigurationEntry> Read(IReadOnlyList<KubernetesObject> objects)
    {
        var configMaps = objects.Where(o => o.Kind == "ConfigMap").ToDictionary(o => o.Name, StringComparer.Ordinal);
        foreach (var container in objects.Where(o => o.IsWorkload).SelectMany(w => w.Containers.Select(c => (Workload: w, Container: c))))
        {
            foreach (var source in (KubernetesObject.At(container.Container, "envFrom") as YamlSequenceNode)?.Children ?? [])
            {
                if (KubernetesObject.At(source, "configMapRef", "name") is YamlScalarNode { Value: { } name } && configMaps.TryGetValue(name, out var map))
                {
                    foreach (var pair in map.Mapping("data")?.Children.AsEnumerable() ?? [])
                    {
                        yield return new ConfigurationEntry(((YamlScalarNode)pair.Key).Value!, (pair.Value as YamlScalarNode)?.Value ?? string.Empty, map.File, (int)pair.Key.Start.Line);
                    }
                }
            }

            foreach (var entry in Variables(KubernetesObject.At(container.Container, "env"), container.Workload.File, configMaps))
            {
                yield return entry;
            }
        }
    }

    /// <summary>The variables of a Kubernetes <c>env</c> list in <paramref name="file"/>: a <c>value</c>, a
    /// <c>secretKeyRef</c> (a reference), or a <c>configMapKeyRef</c> into one of <paramref name="configMaps"/>.</summary>
    public static IEnumerable<ConfigurationEntry> Variables(YamlNode? env, string file, IReadOnlyDictionary<string, KubernetesObject> configMaps)
    {
        foreach (var variable in ((env as YamlSequenceNode)?.Children ?? []).OfType<YamlMappingNode>())
        {
            if (KubernetesObject.At(variable, "name") is not YamlScalarNode { Value: { } name } nameNode)
            {
                continue;
            }

            var line = (int)nameNode.Start.Line;
            if (KubernetesObject.At(variable, "valueFrom", "secretKeyRef") is YamlMappingNode secret)
            {
                yield return new ConfigurationEntry(name, string.Empty, file, line, $"Secret {Text(secret, "name")}/{Text(secret, "key")}");
            }
            else if (KubernetesObject.At(variable, "valueFrom", "configMapKeyRef") is YamlMappingNode reference
                && configMaps.TryGetValue(Text(reference, "name"), out var map) && KubernetesObject.At(map.Root, "data", Text(reference, "key")) is YamlScalarNode value)
            {
                yield return new ConfigurationEntry(name, value.Value ?? string.Empty, map.File, (int)value.Start.Line);
            }
            else if (KubernetesObject.At(variable, "value") is YamlScalarNode literal)
            {
                yield return new ConfigurationEntry(name, literal.Value ?? string.Empty, file, line);
            }
        }
    }

    private static string Text(YamlNode node, string key) => (KubernetesObject.At(node, key) as YamlScalarNode)?.Value ?? string.Empty;
}
