namespace Pipeline;

/// <summary>How a target ended.</summary>
public enum TargetStatus
{
    /// <summary>Its actions completed.</summary>
    Succeeded,

    /// <summary>An action or dynamic condition threw.</summary>
    Failed,

    /// <summary>Not run, on purpose: a condition was false or <c>--skip</c> named it.</summary>
    Skipped,

    /// <summary>Not run because a target it needs failed or the build was cancelled.</summary>
    NotRun,

    /// <summary>Interrupted by cancellation (Ctrl-C) while running.</summary>
    Aborted,
}
