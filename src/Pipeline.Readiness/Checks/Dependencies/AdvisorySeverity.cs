namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Advisory severity, in NuGet's order (0 low … 3 critical).</summary>
public enum AdvisorySeverity
{
    /// <summary>Low.</summary>
    Low,

    /// <summary>Moderate.</summary>
    Moderate,

    /// <summary>High.</summary>
    High,

    /// <summary>Critical.</summary>
    Critical,
}
