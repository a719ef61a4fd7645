using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Kubernetes;

/// <summary>Reads every Kubernetes object from the manifests matching the globs (multi-document YAML). A file that
/// is not valid YAML throws, naming file and line.</summary>
internal static class KubernetesManifests
{
    /// <summary>The objects, in file and document order.</summary>
    public static IReadOnlyList<KubernetesObject> Read(string root, IEnumerable<string> globs)
    {
        var objects = new List<KubernetesObject>();
        foreach (var file in RepositoryFiles.Matching(root, globs))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            var stream = RepositoryFiles.LoadYaml(file, relative);

            foreach (var document in stream.Documents.Where(d => d.RootNode is YamlMappingNode))
            {
                var mapping = (YamlMappingNode)document.RootNode;
                if (KubernetesObject.At(mapping, "kind") is YamlScalarNode { Value: { } kind })
                {
                    var name = (KubernetesObject.At(mapping, "metadata", "name") as YamlScalarNode)?.Value ?? "(unnamed)";
                    objects.Add(new KubernetesObject(kind, name, mapping, relative));
                }
            }
        }

        return objects;
    }
}
