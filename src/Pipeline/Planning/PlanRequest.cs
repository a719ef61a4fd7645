using Pipeline.Definition;

namespace Pipeline.Planning;

/// <summary>What the planner is asked: invoked targets, <c>--skip</c> (null: not given; empty: skip every
/// target not invoked) and the reason a target's static conditions skip it (null: they hold).</summary>
internal sealed record PlanRequest(
    IReadOnlyList<string> Invoked,
    IReadOnlyList<string>? Skip,
    Func<TargetDefinition, string?> StaticSkipReason);
