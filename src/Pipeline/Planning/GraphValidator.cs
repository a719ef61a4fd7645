using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>Checks the whole graph before anything runs and reports every problem at once.</summary>
internal static class GraphValidator
{
    public static IReadOnlyList<string> Validate(TargetGraph graph)
    {
        var problems = new List<string>();
        foreach (var group in graph.Targets.GroupBy(t => TargetNames.Normalize(t.Name)).Where(g => g.Count() > 1))
        {
            problems.Add($"Targets {string.Join(" and ", group.Select(t => $"'{t.Name}'"))} have the same name.");
        }

        foreach (var target in graph.Targets)
        {
            foreach (var name in target.DependsOnNames.Concat(target.AfterNames).Concat(target.TriggersNames))
            {
                if (graph.Find(name) is null)
                {
                    problems.Add($"Target '{target.Name}' refers to unknown target '{name}'.");
                }
            }
        }

        problems.AddRange(FindCycles(graph).Select(cycle => $"Circular dependency: {cycle}."));
        return problems;
    }

    private static IEnumerable<string> FindCycles(TargetGraph graph)
    {
        var state = new Dictionary<TargetDefinition, bool>(); // false: on the stack, true: done
        var stack = new List<TargetDefinition>();
        var seen = new HashSet<string>();
        var cycles = new List<string>();

        void Visit(TargetDefinition node)
        {
            state[node] = false;
            stack.Add(node);
            foreach (var next in graph.Predecessors(node))
            {
                if (!state.TryGetValue(next, out var done))
                {
                    Visit(next);
                }
                else if (!done)
                {
                    var path = stack.Skip(stack.IndexOf(next)).Append(next).Select(t => t.Name).ToList();
                    if (seen.Add(string.Join(",", path.Skip(1).Order(StringComparer.Ordinal))))
                    {
                        cycles.Add(string.Join(" -> ", path));
                    }
                }
            }

            stack.RemoveAt(stack.Count - 1);
            state[node] = true;
        }

        foreach (var target in graph.Targets.Where(t => !state.ContainsKey(t)))
        {
            Visit(target);
        }

        return cycles;
    }
}
