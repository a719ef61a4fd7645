using System.Globalization;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>"Coverage acceptable": merges the Cobertura reports of all test projects and compares line (and,
/// when configured, branch and per-assembly) coverage with the thresholds; writes the HTML report to
/// <c>artifacts/readiness/coverage/</c>. No coverage, or an empty report, is an Error.</summary>
internal sealed class CoverageCheck(ITestRun run) : ReadinessCheck<CodeOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse is { } reuse ? reuse with { Artifacts = ["coverage"] } : null; // its HTML report

    /// <inheritdoc />
    public override string Name => "coverage";

    /// <inheritdoc />
    internal override string Stack => run.Stack;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var result = await run.AllAsync(context).ConfigureAwait(false);
        if (result.Aborted is { } reason)
        {
            return CheckResult.Error($"the test run was aborted (test host crash?): {reason}");
        }

        if (result.CoverageFiles.Count == 0)
        {
            return CheckResult.Error($"no coverage was collected: {run.CoverageTool} wrote no Cobertura report");
        }

        var merged = CoberturaMerger.Merge(result.CoverageFiles, Options, context.Root);
        var assemblies = merged.Assemblies;
        var total = CoverageCounts.Sum(assemblies.Values);
        if (total.LinesValid == 0)
        {
            return CheckResult.Error($"the coverage reports cover no line ({result.CoverageFiles.Count} report(s); check the include and exclude filters)");
        }

        var findings = Thresholds(total, assemblies).ToList();
        var html = await CoverageHtmlReport.WriteAsync(context, result.CoverageFiles, Options,
            context.Artifact("coverage")).ConfigureAwait(false);
        var figures = new Dictionary<string, double> { ["coverage.line"] = total.LineRate, ["coverage.branch"] = total.BranchRate };
        foreach (var (assembly, counts) in assemblies)
        {
            figures[$"coverage.line.{assembly}"] = counts.LineRate;
        }

        var generated = merged.GeneratedLines > 0 ? string.Create(CultureInfo.InvariantCulture, $"; {merged.GeneratedLines} generated lines under obj/ not counted") : string.Empty;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"line coverage {total.LineRate} % ({total.LinesCovered}/{total.LinesValid}), branch {total.BranchRate} %; required line ≥ {Options.MinimumLineCoverage} %") + generated;
        var evidence = findings.Count == 0
            ? CheckResult.Passed(total.LinesValid, summary)
            : CheckResult.Failed(total.LinesValid, string.Join("; ", findings.Select(f => f.Message)) + generated, [.. findings]);
        return evidence with
        {
            Findings = [.. evidence.Findings, .. html is null ? [] : new[] { html }],
            Figures = figures,
            Tool = $"{run.CoverageTool} + ReportGenerator",
            Inputs = new Dictionary<string, string>
            {
                ["minimumLine"] = Options.MinimumLineCoverage.ToString(CultureInfo.InvariantCulture),
                ["include"] = string.Join(",", Options.CoverageInclude),
                ["exclude"] = string.Join(",", Options.CoverageExclude.Concat(Options.CoverageExcludeFiles)),
                ["generatedCode"] = Options.CountGeneratedCode ? "counted" : "left out",
            },
        };
    }

    private IEnumerable<Finding> Thresholds(CoverageCounts total, IReadOnlyDictionary<string, CoverageCounts> assemblies)
    {
        if (total.LineRate < Options.MinimumLineCoverage)
        {
            yield return Below("coverage.line", "line coverage", total.LineRate, Options.MinimumLineCoverage, "all");
        }

        if (Options.MinimumBranchCoverage is { } branch && total.BranchRate < branch)
        {
            yield return Below("coverage.branch", "branch coverage", total.BranchRate, branch, "all");
        }

        foreach (var (assembly, minimum) in Options.AssemblyMinimumLineCoverage)
        {
            var rate = assemblies.TryGetValue(assembly, out var counts) ? counts.LineRate : 0;
            if (rate < minimum)
            {
                yield return Below("coverage.assembly", $"{assembly} line coverage", rate, minimum, assembly);
            }
        }
    }

    private static Finding Below(string rule, string what, double measured, double required, string scope) =>
        Finding.Create(rule, FindingSeverity.Error, null, null,
            string.Create(CultureInfo.InvariantCulture, $"{what} {measured} % is below the required {required} %"), scope);
}
