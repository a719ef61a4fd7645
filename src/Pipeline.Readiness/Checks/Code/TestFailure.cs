namespace Pipeline.Readiness;

/// <summary>A failed test: its name, the first line of its message, and where it failed when the stack says so.</summary>
public sealed record TestFailure(string Name, string Message, string? File, int? Line);
