namespace Pipeline.Readiness;

/// <summary>Every NuGet package (direct and transitive) against advisories, with a CycloneDX SBOM; registered when
/// the root holds a solution or project.</summary>
public interface IScanDependencies : IReadinessComponent
{
    /// <summary>Override to add an OSV folder, change the blocking severity or the audit sources.</summary>
    DependencyScanOptions DependencyScanSettings => new();

    /// <summary>The dependency scan against advisories.</summary>
    Target ScanDependencies => _ => _.Description("Checks every NuGet package against advisories").Executes(token => EvaluateItemsAsync("ScanDependencies", token));

    /// <summary>Registers the dependency scan.</summary>
    [ReadinessChecks(order: 1)]
    void AddDependencyChecks(ReadinessSetup setup)
    {
        var settings = DependencyScanSettings;
        if (settings.Target is not null || CodeTarget.Candidates(RootDirectory).Count > 0)
        {
            setup.AddDependencyChecks(settings);
        }
    }
}
