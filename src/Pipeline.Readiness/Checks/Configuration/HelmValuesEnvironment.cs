using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The container environment that Helm-style values set: in a chart's <c>values*.yaml</c> (the folders holding
/// a <c>Chart.yaml</c>) and the values files and <c>setValues</c> of <c>skaffold.yaml</c>'s Helm releases (profiles
/// too), an <c>env</c>, <c>extraEnv</c>, <c>envVars</c>, <c>extraEnvVars</c> or <c>environment</c> key at any depth
/// holding a Kubernetes <c>env</c> list (<c>name</c>/<c>value</c>, <c>secretKeyRef</c> a reference) or a
/// <c>KEY: value</c> map. The layer follows the file's or profile's name (<c>values.yaml</c> shared,
/// <c>values-prod.yaml</c> production, <c>values-dev.yaml</c> development).</summary>
internal static class HelmValuesEnvironment
{
    private static readonly HashSet<string> EnvironmentKeys = new(StringComparer.Ordinal) { "env", "extraEnv", "envVars", "extraEnvVars", "environment" };

    /// <summary>The Skaffold file.</summary>
    public const string Skaffold = "skaffold.yaml";

    /// <summary>The entries of the charts' values files and of <c>skaffold.yaml</c> among <paramref name="files"/>.</summary>
    public static IReadOnlyList<ConfigurationEntry> Read(string root, IReadOnlyList<string> files)
    {
        var charts = files.Where(f => Path.GetFileName(f) == "Chart.yaml").Select(f => Path.GetDirectoryName(f)?.Replace('\\', '/') ?? string.Empty).ToHashSet(StringComparer.Ordinal);
        var valuesFiles = files.Where(f => charts.Contains(Path.GetDirectoryName(f)?.Replace('\\', '/') ?? string.Empty)
            && Path.GetFileName(f).StartsWith("values", StringComparison.Ordinal) && (f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))).ToList();
        var entries = new List<ConfigurationEntry>();
        var skaffold = files.Contains(Skaffold, StringComparer.Ordinal) ? RepositoryFiles.LoadYaml(Path.Combine(root, Skaffold), Skaffold).Documents.FirstOrDefault()?.RootNode : null;
        foreach (var (release, profile) in Releases(skaffold))
        {
            var kind = profile is null ? ConfigurationLayerKind.Shared : DeploymentLayers.KindOf(profile, ConfigurationLayerKind.Shared);
            foreach (var named in (KubernetesObject.At(release, "valuesFiles") as YamlSequenceNode)?.Children.OfType<YamlScalarNode>() ?? [])
            {
                var file = RepositoryFiles.Resolve(root, string.Empty, named.Value ?? string.Empty);
                if (RepositoryTree.ExistsToRead(root, file) && !valuesFiles.Contains(file, StringComparer.Ordinal))
                {
                    entries.AddRange(ValuesFile(root, file, profile is null ? DeploymentLayers.KindOf(file, kind) : kind));
                }
            }

            var layer = $"setValues of skaffold release '{(KubernetesObject.At(release, "name") as YamlScalarNode)?.Value}'{(profile is null ? string.Empty : $" (profile {profile})")}";
            foreach (var (key, value) in (KubernetesObject.At(release, "setValues") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                var path = (key as YamlScalarNode)?.Value ?? string.Empty;
                var at = path.LastIndexOf("env.", StringComparison.Ordinal);
                if (at >= 0 && (at == 0 || path[at - 1] == '.') && value is YamlScalarNode { Value: { } text } && !path[(at + 4)..].Contains('.', StringComparison.Ordinal))
                {
                    entries.Add(new ConfigurationEntry(path[(at + 4)..], text, Skaffold, (int)key.Start.Line) { Layer = layer, Kind = kind });
                }
            }
        }

        return [.. valuesFiles.SelectMany(f => ValuesFile(root, f, DeploymentLayers.KindOf(Path.GetFileName(f), ConfigurationLayerKind.Shared))), .. entries];
    }

    private static IEnumerable<(YamlNode Release, string? Profile)> Releases(YamlNode? skaffold)
    {
        static IEnumerable<YamlNode> Of(YamlNode? config) => (KubernetesObject.At(config, "deploy", "helm", "releases") as YamlSequenceNode)?.Children ?? [];
        return Of(skaffold).Select(r => (r, (string?)null)).Concat(((KubernetesObject.At(skaffold, "profiles") as YamlSequenceNode)?.Children ?? [])
            .SelectMany(p => Of(p).Select(r => (r, (string?)((KubernetesObject.At(p, "name") as YamlScalarNode)?.Value ?? "unnamed")))));
    }

    private static IEnumerable<ConfigurationEntry> ValuesFile(string root, string file, ConfigurationLayerKind kind) =>
        RepositoryFiles.LoadYaml(Path.Combine(root, file), file).Documents.Select(d => d.RootNode)
            .SelectMany(n => Find(n, depth: 0)).SelectMany(e => Variables(e.Node, file)).Select(e => e with { Layer = "Helm values", Kind = kind });

    private static IEnumerable<(string Key, YamlNode Node)> Find(YamlNode node, int depth)
    {
        if (depth > 4 || node is not YamlMappingNode mapping)
        {
            yield break;
        }

        foreach (var (key, value) in mapping.Children)
        {
            if (key is YamlScalarNode { Value: { } name } && EnvironmentKeys.Contains(name) && value is YamlSequenceNode or YamlMappingNode)
            {
                yield return (name, value);
            }
            else
            {
                foreach (var found in Find(value, depth + 1))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<ConfigurationEntry> Variables(YamlNode node, string file)
    {
        if (node is YamlMappingNode map)
        {
            foreach (var (key, value) in map.Children)
            {
                if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text })
                {
                    yield return new ConfigurationEntry(name, text, file, (int)key.Start.Line);
                }
            }

            yield break;
        }

        foreach (var entry in KubernetesEnvironment.Variables(node, file, new Dictionary<string, KubernetesObject>()))
        {
            yield return entry;
        }
    }
}
