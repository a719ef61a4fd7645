namespace Pipeline.Readiness.Checks.Code;

/// <summary>"All tests passing": every test of the suite passed, none was skipped (unless allowed), and, when
/// configured, exactly the expected number ran, so silently dropped tests are caught (the seed's 152/152).</summary>
internal sealed class TestsPassingCheck(ITestRun run, bool allowSkipped = false) : ReadinessCheck<CodeOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => run.Stack == Stacks.DotNet ? "dotnet-test" : "pytest";

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

        var findings = result.Failures.Select(f => Finding.Create("test.failed", FindingSeverity.Error, f.File, f.Line, $"{f.Name}: {f.Message}", f.Name)).ToList();
        var problems = new List<string>();
        if (result.Failed > 0)
        {
            problems.Add($"{result.Failed} of {result.Total} tests failed");
        }

        if (result.Skipped > 0 && !allowSkipped)
        {
            problems.Add($"{result.Skipped} tests were skipped (a skipped test proves nothing)");
        }

        if (Options.ExpectedTestTotal is { } expected && result.Total != expected)
        {
            problems.Add($"{result.Total} tests ran, {expected} expected");
            findings.Add(Finding.Create("test.count", FindingSeverity.Error, null, null, $"{result.Total} tests ran, {expected} expected", $"{expected}"));
        }

        var evidence = problems.Count == 0
            ? CheckResult.Passed(result.Total, $"{result.Passed} of {result.Total} tests passed")
            : CheckResult.Failed(result.Total, string.Join("; ", problems), [.. findings]);
        return evidence with { Figures = result.Figures, Tool = result.Tool, Inputs = run.Inputs(context) };
    }
}
