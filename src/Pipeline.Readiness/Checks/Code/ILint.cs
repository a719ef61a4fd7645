namespace Pipeline.Readiness.Checks.Code;

/// <summary>Lint and the type check: <c>dotnet format --verify-no-changes</c> and a build with 0 analyzer warnings for
/// .NET; ruff and mypy for Python.</summary>
[ReadinessModule<LintModule>]
public interface ILint : IDotNetCode, IPythonCode
{
    /// <summary>Formatting, analyzers and the type check.</summary>
    Target Lint => _ => _.Description("Lint and type check: dotnet format and analyzer warnings, ruff and mypy; 0 violations").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<LintModule>(token));
}
