namespace Pipeline.Readiness.Checks.Code;

/// <summary>A test project of a target, as <c>dotnet test</c> sees it.</summary>
/// <param name="Path">Its path relative to the solution's folder, with forward slashes.</param>
/// <param name="RunSettings">The run settings file it declares (MSBuild <c>RunSettingsFilePath</c>, full path), or null.</param>
internal sealed record DotNetTestProject(string Path, string? RunSettings);
