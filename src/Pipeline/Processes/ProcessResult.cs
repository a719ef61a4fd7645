namespace Pipeline;

/// <summary>What a finished process did: exit code, captured output (masked) and duration.</summary>
public sealed record ProcessResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>The absolute path of the program that ran (found on <c>PATH</c>, never in the working directory).</summary>
    public string Executable { get; init; } = string.Empty;
}
