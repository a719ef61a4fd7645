namespace Pipeline.Readiness.Checks.Code;

/// <summary>Lint and the type check: <c>dotnet format --verify-no-changes</c> and a build with 0 analyzer warnings.</summary>
[ReadinessModule<LintModule>]
public interface ILint : IDotNetCode
{
    /// <summary>Formatting, analyzers and the type check.</summary>
    Target Lint => _ => _.Description("Lint: dotnet format and analyzer warnings, 0 violations").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<LintModule>(token));
}
