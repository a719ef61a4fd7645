using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>Turns invoked targets into a deterministic execution plan. Pure: it runs nothing.</summary>
internal static class Planner
{
    public static ExecutionPlan Plan(TargetGraph graph, PlanRequest request)
    {
        var invoked = request.Invoked.Select(graph.Get).Distinct().ToList();
        var skipNamed = request.Skip?.Select(graph.Get).ToHashSet();
        if (skipNamed?.FirstOrDefault(invoked.Contains) is { } both)
        {
            throw new InvalidUsageException($"--skip names '{both.Name}', which is invoked: an invoked target always runs; invoke only the targets to run.");
        }

        var preference = Include(graph, invoked);
        var skipped = new Dictionary<TargetDefinition, string>();
        foreach (var target in preference)
        {
            var reason = invoked.Contains(target) || request.Skip is null ? null
                : skipNamed!.Count == 0 || skipNamed.Contains(target) ? "skipped by --skip" : null;
            if (reason is not null && target.NotSkippableReason is { } why)
            {
                throw new InvalidUsageException($"--skip cannot skip '{target.Name}': {why}.");
            }

            reason ??= request.StaticSkipReason(target);
            if (reason is not null)
            {
                skipped[target] = reason;
            }
        }

        SkipUnneededDependencies(graph, preference, invoked, skipped);
        return new ExecutionPlan([.. Order(graph, preference).Select(t =>
            new PlannedTarget(t, invoked.Contains(t), skipped.GetValueOrDefault(t)))]);
    }

    /// <summary>Invoked targets with their dependencies and triggered targets, in depth-first preference order.</summary>
    private static List<TargetDefinition> Include(TargetGraph graph, IEnumerable<TargetDefinition> invoked)
    {
        var result = new List<TargetDefinition>();
        var visited = new HashSet<TargetDefinition>();

        void Visit(TargetDefinition target)
        {
            if (!visited.Add(target))
            {
                return;
            }

            target.DependsOnNames.Select(graph.Get).ToList().ForEach(Visit);
            result.Add(target);
            target.TriggersNames.Select(graph.Get).ToList().ForEach(Visit);
        }

        foreach (var target in invoked)
        {
            Visit(target);
        }

        return result;
    }

    private static void SkipUnneededDependencies(
        TargetGraph graph, List<TargetDefinition> planned, List<TargetDefinition> invoked,
        Dictionary<TargetDefinition, string> skipped)
    {
        bool changed;
        do
        {
            changed = false;
            foreach (var skippedTarget in skipped.Keys.Where(t => t.SkipBehavior == DependencyBehavior.Skip).ToList())
            {
                foreach (var dependency in skippedTarget.DependsOnNames.Select(graph.Get))
                {
                    var needed = invoked.Contains(dependency) || planned.Any(t => !skipped.ContainsKey(t)
                        && t.DependsOnNames.Concat(t.TriggersNames).Any(n => graph.Find(n) == dependency));
                    if (!needed && skipped.TryAdd(dependency, $"only needed by skipped target '{skippedTarget.Name}'"))
                    {
                        changed = true;
                    }
                }
            }
        }
        while (changed);
    }

    /// <summary>Topological order honouring DependsOn, After/Before and Triggers; ties broken by preference.</summary>
    private static IEnumerable<TargetDefinition> Order(TargetGraph graph, List<TargetDefinition> planned)
    {
        var rank = planned.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        var waiting = planned.ToDictionary(t => t, _ => 0);
        var successors = planned.ToDictionary(t => t, _ => new List<TargetDefinition>());
        foreach (var target in planned)
        {
            foreach (var predecessor in graph.Predecessors(target).Where(rank.ContainsKey).Distinct())
            {
                successors[predecessor].Add(target);
                waiting[target]++;
            }
        }

        var ready = new PriorityQueue<TargetDefinition, int>(planned.Where(t => waiting[t] == 0).Select(t => (t, rank[t])));
        while (ready.TryDequeue(out var next, out _))
        {
            yield return next;
            foreach (var successor in successors[next].Where(s => --waiting[s] == 0))
            {
                ready.Enqueue(successor, rank[successor]);
            }
        }
    }
}
