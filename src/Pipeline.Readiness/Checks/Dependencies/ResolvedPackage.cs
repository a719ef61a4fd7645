namespace Pipeline.Readiness;

/// <summary>A package version a project resolves, directly or transitively.</summary>
internal sealed record ResolvedPackage(string Project, string Id, string Version);
