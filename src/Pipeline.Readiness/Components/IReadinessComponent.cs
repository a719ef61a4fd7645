namespace Pipeline.Readiness.Components;

/// <summary>The base of every readiness component: the build's gate configuration, made once per run from
/// <see cref="ConfigureReadiness"/> and then the checks of the components the build implements.</summary>
public interface IReadinessComponent : IPipelineBuild
{
    /// <summary>Registers the team's checks, adds, overrides or disables items. It runs before the components
    /// register theirs, so a check registered here for an item replaces the component's.</summary>
    /// <param name="setup">The gate's configuration for this run.</param>
    void ConfigureReadiness(ReadinessSetup setup)
    {
    }

    /// <summary>The verdict of the last evaluation in this run, if any.</summary>
    internal ReadinessVerdict? Verdict => ReadinessState.Of(this).Verdict;
}
