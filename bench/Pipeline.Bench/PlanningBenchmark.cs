using Pipeline.Definition;
using Pipeline.Planning;

namespace Pipeline.Bench;

/// <summary>Validates and plans a generated graph: each target depends on up to three earlier ones, some are
/// ordered with After, and every target is invoked (the worst case).</summary>
internal static class PlanningBenchmark
{
    public static void Run(int targetCount, int iterations)
    {
        var random = new Random(42);
        var targets = Enumerable.Range(0, targetCount).Select(i =>
        {
            var target = new TargetDefinition($"Target{i}", i);
            target.DependsOnNames.AddRange(Enumerable.Range(0, i == 0 ? 0 : random.Next(4)).Select(_ => $"Target{random.Next(i)}").Distinct());
            if (i > 1 && random.Next(5) == 0)
            {
                target.AfterNames.Add($"Target{random.Next(i)}");
            }

            return target;
        }).ToList();
        var invoked = targets.Select(t => t.Name).Reverse().ToList();

        ExecutionPlan Plan()
        {
            var graph = new TargetGraph(targets);
            if (GraphValidator.Validate(graph).Count > 0)
            {
                throw new InvalidOperationException("generated graph is invalid");
            }

            return Planner.Plan(graph, new PlanRequest(invoked, null, _ => null));
        }

        var planned = Plan().Targets.Count;
        Measure.PrintAsync($"validate + plan {targetCount} targets ({planned} planned)", iterations, () =>
        {
            Plan();
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();
    }
}
