namespace Pipeline.Readiness.Checks;

/// <summary>What one check concluded about its item.</summary>
public enum CheckStatus
{
    /// <summary>The item holds.</summary>
    Passed,

    /// <summary>The item does not hold; findings say where.</summary>
    Failed,

    /// <summary>The check could not decide (tool missing, crash, timeout, nothing examined). Blocks.</summary>
    Error,

    /// <summary>The item does not apply to this repository; the summary says why.</summary>
    NotApplicable,
}
