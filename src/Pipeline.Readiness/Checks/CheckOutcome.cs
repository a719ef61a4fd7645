namespace Pipeline.Readiness.Checks;

/// <summary>One check's result for an item, with when it started and how long it took.</summary>
internal sealed record CheckOutcome(string CheckName, CheckResult Result, DateTimeOffset StartedAt, TimeSpan Duration)
{
    /// <summary>The processes the check ran: program path, masked command line, exit code.</summary>
    public IReadOnlyList<ProcessRecord> Processes { get; init; } = [];
}
