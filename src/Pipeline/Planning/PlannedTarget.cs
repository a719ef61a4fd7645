using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>A target in the plan: whether it was asked for, and why it will be skipped (null: it runs).</summary>
internal sealed record PlannedTarget(TargetDefinition Target, bool IsInvoked, string? SkipReason)
{
    public string Name => Target.Name;
}
