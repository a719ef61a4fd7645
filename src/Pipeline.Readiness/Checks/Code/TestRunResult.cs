namespace Pipeline.Readiness.Checks.Code;

/// <summary>What one <c>dotnet test</c> run produced, read from its TRX files: counts, failures, whether the run
/// was aborted (host crash), and the coverage files it collected.</summary>
internal sealed record TestRunResult(int Total, int Passed, int Failed, int Skipped, IReadOnlyList<TestFailure> Failures, string? Aborted)
{
    /// <summary>Cobertura XML files the run wrote (empty for category runs).</summary>
    public IReadOnlyList<string> CoverageFiles { get; init; } = [];

    /// <summary>Why the tests were counted in the source instead of run (the run could not happen); null when they ran.</summary>
    public string? NotRun { get; init; }

    /// <summary>Tests of the suite that exist in the source but did not run (deselected by the project's own options,
    /// e.g. pytest's <c>addopts = "-m 'not integration'"</c>), so a short suite says why.</summary>
    public int DeclaredNotRun { get; init; }

    /// <summary>The tests counted (node ids or names), for the evidence of a suite.</summary>
    public IReadOnlyList<string> Names { get; init; } = [];

    /// <summary>The tool and what it ran, for evidence.</summary>
    public string Tool { get; init; } = "dotnet test";

    /// <summary>The counts as evidence figures.</summary>
    public IReadOnlyDictionary<string, double> Figures => new Dictionary<string, double>
    {
        ["tests.total"] = Total,
        ["tests.passed"] = Passed,
        ["tests.failed"] = Failed,
        ["tests.skipped"] = Skipped,
    };
}
