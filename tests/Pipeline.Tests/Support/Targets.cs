using Pipeline.Definition;
using Pipeline.Planning;

namespace Pipeline.Tests.Support;

/// <summary>Tiny hand-built targets for planner and executor tests.</summary>
internal static class Targets
{
    public static TargetDefinition T(string name, params string[] dependsOn)
    {
        var target = new TargetDefinition(name);
        target.DependsOnNames.AddRange(dependsOn);
        return target;
    }

    public static TargetDefinition After(this TargetDefinition target, params string[] names)
    {
        target.AfterNames.AddRange(names);
        return target;
    }

    public static TargetDefinition Triggering(this TargetDefinition target, params string[] names)
    {
        target.TriggersNames.AddRange(names);
        return target;
    }

    public static TargetGraph Graph(params TargetDefinition[] targets) => new(targets);

    public static ExecutionPlan Plan(TargetGraph graph, params string[] invoked) =>
        Planner.Plan(graph, new PlanRequest(invoked, null, StaticConditions.SkipReason));

    public static string[] Order(this ExecutionPlan plan) => [.. plan.Names];
}
