namespace Pipeline.Readiness;

/// <summary>What one <c>dotnet test</c> run produced, read from its TRX files: counts, failures, whether the run
/// was aborted (host crash), and the coverage files it collected.</summary>
internal sealed record TestRunResult(int Total, int Passed, int Failed, int Skipped, IReadOnlyList<TestFailure> Failures, string? Aborted)
{
    public IReadOnlyList<string> CoverageFiles { get; init; } = [];

    public string Tool { get; init; } = "dotnet test";

    public IReadOnlyDictionary<string, double> Figures => new Dictionary<string, double>
    {
        ["tests.total"] = Total,
        ["tests.passed"] = Passed,
        ["tests.failed"] = Failed,
        ["tests.skipped"] = Skipped,
    };
}
