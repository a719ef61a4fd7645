namespace Pipeline.Readiness.Tests.Support;

/// <summary>The tests' base for builds with the whole gate: <c>PipelineBuild, IReadinessGate</c> with overridable
/// hooks (the library teaches only the interface; this keeps the tests' builds short).</summary>
public abstract class ReadinessBuild : PipelineBuild, IReadinessGate
{
    internal ReadinessVerdict? Verdict => ReadinessState.Of(this).Verdict;

    protected virtual void ConfigureReadiness(ReadinessSetup setup)
    {
    }

    protected virtual Task PublishAsync(CancellationToken cancellation) =>
        new PackagePublisher(RootDirectory, Processes).PublishAsync(((IPublish)this).Publishing, cancellation);

    void IReadinessComponent.ConfigureReadiness(ReadinessSetup setup) => ConfigureReadiness(setup);

    Task IPublish.PublishAsync(CancellationToken cancellation) => PublishAsync(cancellation);
}
