namespace Pipeline;

/// <summary>A process could not start, timed out or exited non-zero. The message names the command line,
/// working directory, exit code and the last lines of standard error, with secrets masked.</summary>
public sealed class ProcessFailedException : Exception
{
    /// <summary>Creates the exception with an already masked message.</summary>
    public ProcessFailedException(string message, int? exitCode = null, Exception? inner = null)
        : base(message, inner) => ExitCode = exitCode;

    /// <summary>The exit code, when the process ran to an end.</summary>
    public int? ExitCode { get; }

    /// <summary>The absolute path of the program, when it was found.</summary>
    public string? Executable { get; init; }
}
