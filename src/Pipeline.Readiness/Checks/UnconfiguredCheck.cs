namespace Pipeline.Readiness.Checks;

/// <summary>Stands for a check a component could not set up (nothing to check was found or configured): always an
/// Error saying what to configure, so the item blocks instead of passing silently.</summary>
internal sealed class UnconfiguredCheck(string name, string reason) : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    public override string Name => name;

    public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Error(reason));
}
