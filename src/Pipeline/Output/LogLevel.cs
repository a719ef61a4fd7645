namespace Pipeline;

/// <summary>Severity of a log line.</summary>
public enum LogLevel
{
    /// <summary>Shown only with <c>--verbosity verbose</c>.</summary>
    Debug,

    /// <summary>Normal progress output.</summary>
    Information,

    /// <summary>Something worth a look; repeated in the end-of-run recap.</summary>
    Warning,

    /// <summary>A failure; repeated in the end-of-run recap.</summary>
    Error,
}
