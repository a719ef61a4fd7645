using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The access rules of an Ory Oathkeeper proxy in front of the service, from its rule files or the ConfigMaps
/// that hold them (a <c>data</c> value with a YAML list of rules): each rule's id, matched URL, whether it lets anyone
/// through (every authenticator <c>noop</c> or <c>anonymous</c> and the authorizer <c>allow</c>), file and line.</summary>
internal static class AuthProxyRules
{
    /// <summary>One access rule.</summary>
    public sealed record Rule(string Id, string Url, bool Public, string File, int Line)
    {
        /// <summary>Whether the rule matches one of <paramref name="paths"/> (<c>/docs</c>, <c>/openapi.json</c>).</summary>
        public bool Matches(IEnumerable<string> paths) => paths.Any(p => Url.Contains(p.TrimEnd('/'), StringComparison.OrdinalIgnoreCase));

        /// <summary>How a reason names the rule.</summary>
        public override string ToString() => $"the Oathkeeper rule '{Id}' at {File}({Line})";
    }

    /// <summary>The rules in the service's YAML files.</summary>
    public static IReadOnlyList<Rule> Read(string root) =>
        [.. ServiceSource.Files(root).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(Path.Combine(root, f)).Contains("authenticators", StringComparison.Ordinal))
            .SelectMany(f => RepositoryFiles.LoadYaml(Path.Combine(root, f), f).Documents.SelectMany(d => Rules(d.RootNode, f, 0)))];

    private static IEnumerable<Rule> Rules(YamlNode node, string file, int offset)
    {
        if (node is YamlSequenceNode list)
        {
            foreach (var rule in list.Children.OfType<YamlMappingNode>().Where(r => KubernetesObject.At(r, "match", "url") is YamlScalarNode))
            {
                var handlers = ((KubernetesObject.At(rule, "authenticators") as YamlSequenceNode)?.Children ?? []).Select(a => (KubernetesObject.At(a, "handler") as YamlScalarNode)?.Value).ToList();
                var open = handlers.Count > 0 && handlers.All(h => h is "noop" or "anonymous") && (KubernetesObject.At(rule, "authorizer", "handler") as YamlScalarNode)?.Value == "allow";
                yield return new Rule((KubernetesObject.At(rule, "id") as YamlScalarNode)?.Value ?? "(no id)", ((YamlScalarNode)KubernetesObject.At(rule, "match", "url")!).Value ?? string.Empty,
                    open, file, offset + (int)rule.Start.Line);
            }

            yield break;
        }

        // A ConfigMap holding the rules as text: parse the value, counting lines from the one after its key.
        foreach (var (_, value) in (KubernetesObject.At(node, "data") as YamlMappingNode)?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            if (value is YamlScalarNode { Value: { } text } && text.Contains("authenticators", StringComparison.Ordinal))
            {
                var inner = new YamlStream();
                try
                {
                    inner.Load(new StringReader(text));
                }
                catch (YamlDotNet.Core.YamlException exception)
                {
                    throw new FormatException($"{file}({value.Start.Line + exception.Start.Line}): the access rules are not valid YAML: {exception.Message}", exception);
                }

                foreach (var rule in inner.Documents.SelectMany(d => Rules(d.RootNode, file, (int)value.Start.Line)))
                {
                    yield return rule;
                }
            }
        }
    }
}
