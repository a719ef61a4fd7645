namespace Pipeline.Readiness;

/// <summary>The settings <see cref="ILint"/>, <see cref="ITest"/> and <see cref="IReportCoverage"/> share (one build and
/// one test run serve all three). Registers their checks when the root holds a solution or project, or
/// <see cref="DotNetCodeOptions.Target"/> names one.</summary>
public interface IDotNetCode : IReadinessComponent
{
    /// <summary>Override to set the solution, coverage thresholds, security suites and the rest.</summary>
    DotNetCodeOptions DotNetCodeSettings => new();

    /// <summary>Registers the code checks of the code components this build implements.</summary>
    [ReadinessChecks(order: 0)]
    void AddDotNetCodeChecks(ReadinessSetup setup)
    {
        var settings = DotNetCodeSettings;
        var parts = (this is ILint ? DotNetCodeParts.Lint : 0) | (this is ITest ? DotNetCodeParts.Tests : 0)
            | (this is IReportCoverage ? DotNetCodeParts.Coverage : 0);
        if (settings.Target is not null || CodeTarget.Candidates(RootDirectory).Count > 0)
        {
            setup.AddDotNetCodeChecks(settings, parts);
        }
    }
}
