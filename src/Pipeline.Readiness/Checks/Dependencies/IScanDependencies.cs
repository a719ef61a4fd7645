namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Every NuGet package (direct and transitive) against advisories, with a CycloneDX SBOM; registered when
/// the root holds a solution or project.</summary>
[ReadinessModule<DependenciesModule>]
public interface IScanDependencies : IReadinessComponent
{
    /// <summary>Override to add an OSV folder, change the blocking severity or the audit sources.</summary>
    DependencyScanOptions DependencyScanSettings => new();

    /// <summary>The dependency scan against advisories.</summary>
    Target ScanDependencies => _ => _.Description("Checks every NuGet package against advisories").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<DependenciesModule>(token));
}
