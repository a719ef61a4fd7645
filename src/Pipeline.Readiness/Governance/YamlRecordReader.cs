using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness;

/// <summary>Reads <c>rootKey:</c> followed by a list of flat mappings, keeping line numbers; anything else is a
/// <see cref="GovernanceProblem"/> naming the file and line (a directory, a link out of the repository, a second
/// document, a field name that is not a plain value). A missing file is an empty list.</summary>
internal static class YamlRecordReader
{
    public static IReadOnlyList<YamlRecord> Read(string root, string display, string rootKey, IReadOnlySet<string> fields, List<GovernanceProblem> problems)
    {
        var path = Path.Combine(root, display);
        var kind = RepositoryTree.Classify(root, path);
        if (kind != RepositoryTree.Kind.File)
        {
            if (kind != RepositoryTree.Kind.Missing)
            {
                problems.Add(new GovernanceProblem(display, 1, null, kind switch
                {
                    RepositoryTree.Kind.Directory => "is a directory; expected a YAML file",
                    RepositoryTree.Kind.OutsideLink => "is a link to a file outside the repository; the gate does not read it",
                    _ => "is a FIFO, socket or device; expected a YAML file",
                }));
            }

            return [];
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(File.ReadAllText(path)));
        }
        catch (YamlException exception)
        {
            problems.Add(new GovernanceProblem(display, (int)exception.Start.Line, null, $"invalid YAML: {exception.InnerException?.Message ?? exception.Message}"));
            return [];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(new GovernanceProblem(display, 1, null, $"could not be read: {exception.Message}"));
            return [];
        }

        foreach (var extra in stream.Documents.Skip(1))
        {
            problems.Add(new GovernanceProblem(display, (int)extra.RootNode.Start.Line, null, "a second YAML document; keep every entry in one document under one list"));
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode document
            || !document.Children.TryGetValue(new YamlScalarNode(rootKey), out var listNode)
            || listNode is not YamlSequenceNode list)
        {
            problems.Add(new GovernanceProblem(display, (int)stream.Documents[0].RootNode.Start.Line, rootKey, $"expected '{rootKey}:' with a list of entries"));
            return [];
        }

        var records = new List<YamlRecord>();
        foreach (var entry in list)
        {
            if (entry is not YamlMappingNode mapping)
            {
                problems.Add(new GovernanceProblem(display, (int)entry.Start.Line, null, "expected an entry with fields"));
                continue;
            }

            var values = new Dictionary<string, (string, int)>();
            var before = problems.Count;
            foreach (var (keyNode, valueNode) in mapping.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    problems.Add(new GovernanceProblem(display, (int)keyNode.Start.Line, null, $"expected a field name; expected one of: {string.Join(", ", fields)}"));
                }
                else if (!fields.Contains(key))
                {
                    problems.Add(new GovernanceProblem(display, (int)keyNode.Start.Line, key, $"unknown field; expected one of: {string.Join(", ", fields)}"));
                }
                else if (valueNode is YamlScalarNode scalar)
                {
                    values[key] = ((scalar.Value ?? string.Empty).Trim(), (int)keyNode.Start.Line);
                }
                else
                {
                    problems.Add(new GovernanceProblem(display, (int)keyNode.Start.Line, key, "expected a single value"));
                }
            }

            records.Add(new YamlRecord(display, (int)mapping.Start.Line, values, Malformed: problems.Count > before));
        }

        return records;
    }
}
