namespace Pipeline.Planning;

/// <summary>The targets to consider, in the order they run sequentially.</summary>
internal sealed record ExecutionPlan(IReadOnlyList<PlannedTarget> Targets)
{
    public IEnumerable<string> Names => Targets.Select(t => t.Name);
}
