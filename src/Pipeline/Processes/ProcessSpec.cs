namespace Pipeline;

/// <summary>A process to run: a program and an argument list (never a shell string), with its working
/// directory, environment changes, timeout and whether a non-zero exit code throws.</summary>
public sealed record ProcessSpec(string FileName, IReadOnlyList<string> Arguments)
{
    /// <summary>Working directory; the current directory when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Variables to set for the child; a null value removes the variable.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; init; } = new Dictionary<string, string?>();

    /// <summary>Kills the process tree and fails when exceeded; null waits forever.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Whether a non-zero exit code throws <see cref="ProcessFailedException"/>.</summary>
    public bool CheckExitCode { get; init; } = true;

    /// <summary>Whether output lines are written to the build log as they arrive (always captured).</summary>
    public bool LogOutput { get; init; } = true;

    /// <summary>Called with every output line (standard output and error, masked) as it arrives, e.g. to watch a
    /// service that runs until cancelled.</summary>
    public Action<string>? OutputLine { get; init; }
}
