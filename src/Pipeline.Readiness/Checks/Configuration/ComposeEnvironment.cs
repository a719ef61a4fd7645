using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The environment Docker Compose gives the services built from this repository (<c>build:</c> in any
/// compose file): <c>env_file</c> entries, then <c>environment</c> (a mapping or <c>KEY=VALUE</c> list; a key without a value passes the
/// shell's through and is left out), each with file
/// and line, in the layer the file's name says (<c>compose.yml</c> shared, <c>compose.override.yml</c> development,
/// <c>compose.deploy.yml</c>/<c>docker-compose.prod.yml</c> production). A whole-value <c>${VAR}</c> is filled in when
/// compose runs: a reference, not a value; <c>${VAR:-default}</c> is its default.</summary>
internal static partial class ComposeEnvironment
{
    /// <summary>Whether <paramref name="file"/> is a compose file by its name.</summary>
    public static bool IsComposeFile(string file) => ComposeName().IsMatch(Path.GetFileName(file));

    /// <summary>The entries of the compose files among <paramref name="files"/>, lowest layer first.</summary>
    public static IReadOnlyList<ConfigurationEntry> Read(string root, IEnumerable<string> files)
    {
        var documents = files.Where(IsComposeFile)
            .Select(f => (File: f, Services: RepositoryFiles.LoadYaml(Path.Combine(root, f), f).Documents.FirstOrDefault()?.RootNode is YamlMappingNode document
                ? KubernetesObject.At(document, "services") as YamlMappingNode : null))
            .Where(d => d.Services is not null).ToList();
        var built = documents.SelectMany(d => d.Services!.Children).Where(s => KubernetesObject.At(s.Value, "build") is not null)
            .Select(s => ((YamlScalarNode)s.Key).Value).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var entries = new List<ConfigurationEntry>();
        foreach (var (file, services) in documents)
        {
            var kind = DeploymentLayers.KindOf(file, ConfigurationLayerKind.Shared);
            foreach (var (key, service) in services!.Children)
            {
                if (key is not YamlScalarNode { Value: { } name } || !built.Contains(name))
                {
                    continue;
                }

                var layer = $"compose service '{name}'";
                entries.AddRange(EnvFiles(root, file, service).SelectMany(f => ConfigurationFiles.EnvFile(root, f)).Select(e => e with { Layer = $"env_file of {layer}", Kind = kind }));
                entries.AddRange(Environment(file, service).Select(e => e with { Layer = layer, Kind = kind }));
            }
        }

        return entries;
    }

    private static IEnumerable<string> EnvFiles(string root, string file, YamlNode service)
    {
        var folder = Path.GetDirectoryName(file) ?? string.Empty;
        var named = KubernetesObject.At(service, "env_file") switch
        {
            YamlScalarNode { Value: { } one } => [one],
            YamlSequenceNode list => list.Children.Select(c => c is YamlScalarNode s ? s.Value : (KubernetesObject.At(c, "path") as YamlScalarNode)?.Value).OfType<string>(),
            _ => [],
        };
        return named.Select(n => RepositoryFiles.Resolve(root, folder, n))
            .Where(n => RepositoryTree.ExistsToRead(root, n));
    }

    private static IEnumerable<ConfigurationEntry> Environment(string file, YamlNode service)
    {
        switch (KubernetesObject.At(service, "environment"))
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    if (key is YamlScalarNode { Value: { } name } && value is YamlScalarNode { Value: { } text } scalar
                        && !(scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && text is "" or "~" or "null"))
                    {
                        yield return Entry(name, text, file, (int)key.Start.Line);
                    }
                }

                break;
            case YamlSequenceNode list:
                foreach (var item in list.Children.OfType<YamlScalarNode>())
                {
                    var equals = item.Value?.IndexOf('=', StringComparison.Ordinal) ?? -1;
                    if (equals > 0)
                    {
                        yield return Entry(item.Value![..equals].Trim(), item.Value[(equals + 1)..], file, (int)item.Start.Line);
                    }
                }

                break;
        }
    }

    private static ConfigurationEntry Entry(string key, string raw, string file, int line)
    {
        if (WholeVariable().Match(raw.Trim()) is not { Success: true } variable)
        {
            return new ConfigurationEntry(key, raw, file, line);
        }

        return variable.Groups["operator"].Value is ":-" or "-" && variable.Groups["default"].Value.Length > 0
            ? new ConfigurationEntry(key, variable.Groups["default"].Value, file, line)
            : new ConfigurationEntry(key, string.Empty, file, line, $"${{{variable.Groups["name"].Value}}}, set when compose runs");
    }

    [GeneratedRegex(@"^(docker-)?compose([.\-_][\w.\-]+)?\.ya?ml$", RegexOptions.IgnoreCase)]
    private static partial Regex ComposeName();

    [GeneratedRegex(@"^\$(\{(?<name>[A-Za-z_][A-Za-z0-9_]*)((?<operator>:?[-?+])(?<default>[^}]*))?\}|(?<name>[A-Za-z_][A-Za-z0-9_]*))$")]
    private static partial Regex WholeVariable();
}
