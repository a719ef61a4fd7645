namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Registers the dependency scans (Polly-style <c>AddX</c>) for "Dependencies scanned": NuGet for .NET, the
/// lock files and requirements for Python, both in a repository that has both.</summary>
internal static class DependencyChecks
{
    /// <summary>Adds the NuGet dependency scan unless the item already has a check.</summary>
    public static ReadinessSetup AddDependencyChecks(this ReadinessSetup setup, DependencyScanOptions? options = null) =>
        setup.AddMissing([.. For(options ?? new DependencyScanOptions(), dotNet: true, python: false)]);

    /// <summary>The scans for the stacks the repository has.</summary>
    public static IEnumerable<(ChecklistItem, ReadinessCheck)> For(DependencyScanOptions options, bool dotNet, bool python)
    {
        if (dotNet)
        {
            yield return (Items.Security.DependenciesScanned, new DependencyScanCheck(options));
        }

        if (python)
        {
            yield return (Items.Security.DependenciesScanned, new PythonDependencyScanCheck(options));
        }
    }
}
