using Pipeline;
using Pipeline.Readiness;
using Pipeline.Readiness.Checks.Code;
using Pipeline.Readiness.Components;

/// <summary>The readiness gate: <c>./build.sh Release</c> runs every check and publishes only when no item of the
/// production-readiness checklist blocks. <c>./build.sh --help</c> lists the targets.</summary>
internal sealed class Build : PipelineBuild, IReadinessGate
{
    private const string Solution = "SOLUTION_TO_CHECK";

    public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Readiness);

    /// <summary>The code checks: lint, tests, security suites and coverage thresholds.</summary>
    public DotNetCodeOptions DotNetCodeSettings => new()
    {
        Target = Solution.Length == 0 ? null : Solution,
        MinimumLineCoverage = 80,
    };

    /// <summary>Register your own checks, add items, or mark items not applicable (with a reason) here.</summary>
    public void ConfigureReadiness(ReadinessSetup setup)
    {
    }
}
