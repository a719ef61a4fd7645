namespace Pipeline.Readiness.Checks.Code;

/// <summary>Registers the .NET code checks (Polly-style <c>AddX</c>): lint, type check, tests, security suites and
/// coverage, sharing one build and one test run. Items that already have a check keep theirs.</summary>
internal static class DotNetCodeChecks
{
    /// <summary>Adds the .NET code checks in <paramref name="parts"/> for every code item that has no check yet.</summary>
    public static ReadinessSetup AddDotNetCodeChecks(this ReadinessSetup setup, DotNetCodeOptions? options = null, DotNetCodeParts parts = DotNetCodeParts.All)
    {
        options ??= new DotNetCodeOptions();
        var (build, tests) = (new DotNetBuildRun(options), new DotNetTestRun(options));
        var checks = new List<(ChecklistItem, ReadinessCheck)>();
        if (parts.HasFlag(DotNetCodeParts.Lint))
        {
            checks.Add((Items.PreLaunch.Lint, new DotNetFormatCheck(options)));
            checks.Add((Items.PreLaunch.Lint, new BuildDiagnosticsCheck(build, BuildDiagnostics.ErrorsAndWarnings)));
            checks.Add((Items.PreLaunch.TypeCheck, new BuildDiagnosticsCheck(build, BuildDiagnostics.Errors)));
        }

        if (parts.HasFlag(DotNetCodeParts.Tests))
        {
            checks.AddRange(TestChecks(options, tests));
        }

        if (parts.HasFlag(DotNetCodeParts.Coverage))
        {
            checks.Add((Items.Testing.CoverageAcceptable, new CoverageCheck(tests)));
        }

        return setup.AddMissing([.. checks]);
    }

    private static IEnumerable<(ChecklistItem, ReadinessCheck)> TestChecks(DotNetCodeOptions options, DotNetTestRun tests)
    {
        yield return (Items.Testing.AllTestsPassing, new TestsPassingCheck(tests));
        yield return (Items.PreLaunch.TestSuite, new TestsPassingCheck(tests));
        var suites = options.SecuritySuites;
        foreach (var (item, category) in new[] { (Items.Security.SqlInjectionTests, "SqlInjection"), (Items.Security.XssTests, "Xss"), (Items.Security.AuthTests, "Auth") })
        {
            if (suites.TryGetValue(category, out var minimum))
            {
                yield return (item, new TestSuiteCheck(tests, new Dictionary<string, int> { [category] = minimum }));
            }
        }

        if (suites.Count > 0)
        {
            yield return (Items.Testing.SecurityTests, new TestSuiteCheck(tests, suites));
            yield return (Items.PreLaunch.SecurityTestSuite, new TestSuiteCheck(tests, suites));
        }
    }
}
