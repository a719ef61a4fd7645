namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Registers the dependency scan (Polly-style <c>AddX</c>) for "Dependencies scanned".</summary>
internal static class DependencyChecks
{
    /// <summary>Adds the NuGet dependency scan unless the item already has a check.</summary>
    public static ReadinessSetup AddDependencyChecks(this ReadinessSetup setup, DependencyScanOptions? options = null) =>
        setup.AddMissing((Items.Security.DependenciesScanned, new DependencyScanCheck(options ?? new DependencyScanOptions())));
}
