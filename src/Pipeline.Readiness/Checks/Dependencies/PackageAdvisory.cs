namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>A resolved package version in a project that an advisory affects.</summary>
internal sealed record PackageAdvisory(string Project, string Package, string Version, string AdvisoryId, string Url, AdvisorySeverity Severity);
