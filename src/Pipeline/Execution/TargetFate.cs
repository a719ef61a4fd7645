using Pipeline.Planning;

namespace Pipeline.Execution;

/// <summary>Decides, from the outcomes of its prerequisites alone, whether a planned target runs. Because the
/// decision never depends on unrelated targets or on timing, <c>--parallel</c> cannot change any status.</summary>
internal static class TargetFate
{
    /// <summary>Returns the status and reason when the target must not run, or null when it should run.</summary>
    public static (TargetStatus Status, string Reason)? Decide(
        TargetGraph graph, PlannedTarget planned, IReadOnlyDictionary<string, TargetOutcome> outcomes, bool cancelled)
    {
        if (planned.SkipReason is not null)
        {
            return (TargetStatus.Skipped, planned.SkipReason);
        }

        if (planned.Target.IsAssuredAfterFailure)
        {
            return null;
        }

        if (cancelled)
        {
            return (TargetStatus.NotRun, "the build was cancelled");
        }

        foreach (var prerequisite in graph.Prerequisites(planned.Target))
        {
            if (outcomes.TryGetValue(prerequisite.Name, out var outcome) && outcome.IsBlocking
                && !(outcome.Status == TargetStatus.Failed && prerequisite.IsProceedAfterFailure))
            {
                var verb = outcome.Status switch
                {
                    TargetStatus.Failed => "failed",
                    TargetStatus.Aborted => "was aborted",
                    _ => "did not run",
                };
                return (TargetStatus.NotRun, $"'{prerequisite.Name}' {verb}");
            }
        }

        return null;
    }
}
