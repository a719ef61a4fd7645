namespace Pipeline.Readiness;

/// <summary>A build with the whole readiness gate (<see cref="IReadinessGate"/>) and overridable hooks: override
/// <see cref="ConfigureReadiness"/> to register checks and disable items, <see cref="PublishAsync"/> to publish
/// differently. Equivalent to <c>PipelineBuild, IReadinessGate</c> for teams that prefer a base class.</summary>
public abstract class ReadinessBuild : PipelineBuild, IReadinessGate
{
    /// <summary>The verdict of the last evaluation in this run.</summary>
    public ReadinessVerdict? Verdict => ReadinessState.Of(this).Verdict;

    /// <summary>Registers checks, adds or disables items. The default enforces the whole seed checklist.</summary>
    protected virtual void ConfigureReadiness(ReadinessSetup setup)
    {
    }

    /// <summary>Publishes the packages; the default packs the root's solution and pushes to <c>--publish-source</c>.</summary>
    protected virtual Task PublishAsync(CancellationToken cancellation) =>
        new PackagePublisher(RootDirectory, Processes).PublishAsync(((IPublish)this).PublishSettings, cancellation);

    void IReadinessComponent.ConfigureReadiness(ReadinessSetup setup) => ConfigureReadiness(setup);

    Task IPublish.PublishAsync(CancellationToken cancellation) => PublishAsync(cancellation);
}
