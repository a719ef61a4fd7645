namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>A package version a project resolves, directly or transitively.</summary>
internal sealed record ResolvedPackage(string Project, string Id, string Version);
