namespace Pipeline.Readiness.Checks.Code;

/// <summary>A security suite: the tests of each category (xunit <c>[Trait("Category", "SqlInjection")]</c>) exist
/// in at least the required number and all pass. Fewer tests than required is Failed.</summary>
internal sealed class TestSuiteCheck(ITestRun run, IReadOnlyDictionary<string, int> suites) : ReadinessCheck<DotNetCodeOptions>(run.Options)
{
    /// <inheritdoc />
    public override string Name => "test-suite:" + string.Join("+", suites.Keys);

    /// <inheritdoc />
    public override IEnumerable<string> ValidateOptions() =>
        base.ValidateOptions().Concat(suites.Count == 0 ? ["suites: name at least one test category"] : []);

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var findings = new List<Finding>();
        var parts = new List<string>();
        var figures = new Dictionary<string, double>();
        var examined = 0;
        foreach (var (category, minimum) in suites)
        {
            var result = await run.CategoryAsync(context, category).ConfigureAwait(false);
            if (result.Aborted is { } reason)
            {
                return CheckResult.Error($"the {category} test run was aborted (test host crash?): {reason}");
            }

            examined += result.Total;
            figures[$"tests.{category}.total"] = result.Total;
            figures[$"tests.{category}.passed"] = result.Passed;
            parts.Add($"{category} {result.Passed}/{result.Total} passed (at least {minimum} required)");
            if (result.Total < minimum)
            {
                findings.Add(Finding.Create("test-suite.too-few", FindingSeverity.Error, null, null,
                    $"{category}: {result.Total} tests, at least {minimum} required", category));
            }

            findings.AddRange(result.Failures.Select(f => Finding.Create("test.failed", FindingSeverity.Error, f.File, f.Line, $"{category}: {f.Name}: {f.Message}", f.Name)));
        }

        var summary = string.Join("; ", parts);
        var evidence = findings.Count == 0 ? CheckResult.Passed(examined, summary) : CheckResult.Failed(examined, summary, [.. findings]);
        return evidence with { Figures = figures, Tool = "dotnet test --filter Category=…" };
    }
}
