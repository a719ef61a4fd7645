namespace Pipeline.Readiness.Checks;

/// <summary>One check's result for an item, with when it started and how long it took.</summary>
internal sealed record CheckOutcome(string CheckName, CheckResult Result, DateTimeOffset StartedAt, TimeSpan Duration)
{
    /// <summary>The processes the check ran: program path, masked command line, exit code.</summary>
    public IReadOnlyList<ProcessRecord> Processes { get; init; } = [];

    /// <summary>The stack whose tools decided the result (<c>.NET</c>, <c>Python</c>), or null for a stack-neutral check.</summary>
    public string? Stack { get; init; }

    /// <summary>Set when the outcome was not run now but reused from the evidence cache (its inputs unchanged).</summary>
    public ReuseMark? Reused { get; init; }
}
