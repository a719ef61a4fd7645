namespace Pipeline.Readiness.Checks.Code;

/// <summary>A failed test: its name, the first line of its message, and where it failed when the stack says so.</summary>
internal sealed record TestFailure(string Name, string Message, string? File, int? Line);
