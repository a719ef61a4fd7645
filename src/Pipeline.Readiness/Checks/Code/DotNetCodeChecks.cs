namespace Pipeline.Readiness.Checks.Code;

/// <summary>Registers the .NET code checks (Polly-style <c>AddX</c>): lint, type check, tests, security suites and
/// coverage, sharing one build and one test run. Items that already have a check keep theirs.</summary>
internal static class DotNetCodeChecks
{
    /// <summary>Adds the .NET code checks in <paramref name="parts"/> for every code item that has no check yet.</summary>
    public static ReadinessSetup AddDotNetCodeChecks(this ReadinessSetup setup, DotNetCodeOptions? options = null, CodeParts parts = CodeParts.All) =>
        setup.AddMissing([.. For(options ?? new DotNetCodeOptions(), parts)]);

    /// <summary>The .NET code checks in <paramref name="parts"/>, by item.</summary>
    public static List<(ChecklistItem, ReadinessCheck)> For(DotNetCodeOptions options, CodeParts parts)
    {
        var (build, tests) = (new DotNetBuildRun(options), new DotNetTestRun(options) { Timeout = options.TestTimeout });
        var checks = new List<(ChecklistItem, ReadinessCheck)>();
        if (parts.HasFlag(CodeParts.Lint))
        {
            checks.Add((Items.PreLaunch.Lint, new DotNetFormatCheck(options)));
            checks.Add((Items.PreLaunch.Lint, new BuildDiagnosticsCheck(build, BuildDiagnostics.ErrorsAndWarnings)));
            checks.Add((Items.PreLaunch.TypeCheck, new BuildDiagnosticsCheck(build, BuildDiagnostics.Errors)));
        }

        if (parts.HasFlag(CodeParts.Tests))
        {
            checks.AddRange(CodeTestChecks.For(tests));
        }

        if (parts.HasFlag(CodeParts.Coverage))
        {
            checks.Add(CodeTestChecks.Coverage(tests));
        }

        return checks;
    }
}
