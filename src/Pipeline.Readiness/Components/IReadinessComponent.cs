namespace Pipeline.Readiness;

/// <summary>The base of every readiness component: the build's gate configuration, built once per run from
/// <see cref="ConfigureReadiness"/> and the components' <see cref="ReadinessChecksAttribute"/> methods.</summary>
public interface IReadinessComponent : IPipelineBuild
{
    /// <summary>Registers the team's checks, adds or disables items; runs before the components add theirs, so a
    /// check registered here for an item wins.</summary>
    void ConfigureReadiness(ReadinessSetup setup)
    {
    }

    /// <summary>The gate's configuration for this run.</summary>
    ReadinessSetup ReadinessSetup => ReadinessState.Of(this).Setup;

    /// <summary>The verdict of the last evaluation in this run, if any.</summary>
    ReadinessVerdict? Verdict => ReadinessState.Of(this).Verdict;

    /// <summary>Evaluates the items of one check target (see <see cref="CheckTargets"/>), writes the reports and fails
    /// when any of them blocks.</summary>
    async Task EvaluateItemsAsync(string target, CancellationToken cancellation)
    {
        var verdict = await ReadinessState.Of(this).EvaluateAsync(ReadinessScope.Part(target, i => CheckTargets.TargetOf.GetValueOrDefault(i.Id) == target), cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, target);
    }
}
