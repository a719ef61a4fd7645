using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness;

/// <summary>Reads <c>rootKey:</c> followed by a list of flat mappings, keeping line numbers; anything else is a
/// <see cref="GovernanceProblem"/> naming the file and line. A missing file is an empty list.</summary>
internal static class YamlRecordReader
{
    public static IReadOnlyList<YamlRecord> Read(string path, string display, string rootKey, IReadOnlySet<string> fields, List<GovernanceProblem> problems)
    {
        if (!File.Exists(path))
        {
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

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return [];
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode(rootKey), out var listNode)
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
                var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
                if (!fields.Contains(key))
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
