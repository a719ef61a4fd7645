namespace Pipeline;

/// <summary>What a finished process did: exit code, captured output (masked) and duration.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration);
