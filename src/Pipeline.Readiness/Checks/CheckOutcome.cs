namespace Pipeline.Readiness;

/// <summary>One check's result for an item, with when it started and how long it took.</summary>
public sealed record CheckOutcome(string CheckName, CheckResult Result, DateTimeOffset StartedAt, TimeSpan Duration);
