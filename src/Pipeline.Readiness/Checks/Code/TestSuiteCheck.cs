namespace Pipeline.Readiness.Checks.Code;

/// <summary>A security suite: the tests of each category (xunit <c>[Trait("Category", "SqlInjection")]</c>, pytest
/// markers and names) exist in at least the required number and all pass. Fewer tests than required is Failed — also
/// when they could only be counted in the source; a suite complete in the source that could not run is an Error.
/// The tests counted are listed as notes.</summary>
internal sealed class TestSuiteCheck(ITestRun run, IReadOnlyDictionary<string, int> suites) : ReadinessCheck<CodeOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => "test-suite:" + string.Join("+", suites.Keys);

    /// <inheritdoc />
    internal override string Stack => run.Stack;

    /// <inheritdoc />
    public override IEnumerable<string> ValidateOptions() =>
        base.ValidateOptions().Concat(suites.Count == 0 ? ["suites: name at least one test category"] : []);

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var findings = new List<Finding>();
        var parts = new List<string>();
        var figures = new Dictionary<string, double>();
        var (notes, notRun) = (new List<Finding>(), new List<string>());
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
            notes.AddRange(result.Names.Select(n => Finding.Create("test-suite.member", FindingSeverity.Note, null, null, $"{category}: {n}", $"{category}:{n}")));
            if (result.NotRun is { } why)
            {
                notRun.Add(why);
                parts.Add(result.Total < minimum
                    ? $"{result.Total} of {minimum} {category} tests exist (counted in the source; they could not run)"
                    : $"{result.Total} {category} tests exist, at least {minimum} required (counted in the source; they could not run)");
                if (result.Total < minimum)
                {
                    findings.Add(Finding.Create("test-suite.too-few", FindingSeverity.Error, null, null,
                        $"{category}: {result.Total} of {minimum} tests exist: {string.Join(", ", result.Names.Take(20))}", category));
                }

                continue;
            }

            parts.Add($"{category} {result.Passed}/{result.Total} passed (at least {minimum} required)");
            if (result.Total < minimum)
            {
                findings.Add(Finding.Create("test-suite.too-few", FindingSeverity.Error, null, null,
                    $"{category}: {result.Total} tests, at least {minimum} required"
                    + (result.DeclaredNotRun > 0 ? $"; {result.DeclaredNotRun} more exist in the source but did not run (deselected by the project's test options?)" : string.Empty), category));
            }

            findings.AddRange(result.Failures.Select(f => Finding.Create("test.failed", FindingSeverity.Error, f.File, f.Line, $"{category}: {f.Name}: {f.Message}", f.Name)));
        }

        var summary = string.Join("; ", parts);
        var evidence = findings.Count > 0 ? CheckResult.Failed(examined, summary, [.. findings])
            : notRun.Count > 0 ? CheckResult.Error($"{summary}; the suite is complete in the source but proves nothing until it runs: {notRun[0]}")
            : CheckResult.Passed(examined, summary);
        return evidence with { Findings = [.. evidence.Findings, .. notes], Figures = figures, Tool = run.Stack == Stacks.DotNet ? "dotnet test --filter Category=…" : "pytest (suites by marker, keyword and name)" };
    }
}
