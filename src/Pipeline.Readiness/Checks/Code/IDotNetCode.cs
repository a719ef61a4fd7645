namespace Pipeline.Readiness.Checks.Code;

/// <summary>The settings <see cref="ILint"/>, <see cref="ITest"/> and <see cref="IReportCoverage"/> share (one build and
/// one test run serve all three). Their checks are registered when the root holds a solution or project, or
/// <see cref="DotNetCodeOptions.Target"/> names one.</summary>
public interface IDotNetCode : IReadinessComponent
{
    /// <summary>Override to set the solution, coverage thresholds, security suites and the rest.</summary>
    DotNetCodeOptions DotNetCodeSettings => new();

    /// <summary>Whether there is .NET code to check.</summary>
    internal bool HasDotNetCode => DotNetCodeSettings.Target is not null || CodeTarget.Candidates(RootDirectory).Count > 0;
}
