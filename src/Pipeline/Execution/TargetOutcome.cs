using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>The result of one planned target.</summary>
internal sealed record TargetOutcome(string Name, TargetStatus Status, TimeSpan Duration, string? Reason, TargetLog? Log)
{
    public bool IsBlocking => Status is TargetStatus.Failed or TargetStatus.NotRun or TargetStatus.Aborted;
}
