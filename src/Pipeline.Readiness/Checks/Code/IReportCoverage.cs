namespace Pipeline.Readiness.Checks.Code;

/// <summary>Coverage thresholds (line, branch, per assembly) from coverlet, and the HTML report from ReportGenerator.</summary>
[ReadinessModule<CoverageModule>]
public interface IReportCoverage : IDotNetCode, IPythonCode
{
    /// <summary>Coverage thresholds and the HTML report.</summary>
    Target Coverage => _ => _.Description("Checks coverage thresholds; HTML report in artifacts/readiness/coverage").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<CoverageModule>(token));
}
