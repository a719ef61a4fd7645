namespace Pipeline;

/// <summary>What happens to a skipped target's own dependencies.</summary>
public enum DependencyBehavior
{
    /// <summary>Dependencies still run (the default).</summary>
    Execute,

    /// <summary>Dependencies that nothing else in the plan needs are skipped too.</summary>
    Skip,
}
