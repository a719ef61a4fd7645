namespace Pipeline.Readiness;

/// <summary>Registers the .NET code checks (Polly-style <c>AddX</c>): lint, type check, tests, security suites and
/// coverage, sharing one build and one test run. Items that already have a check keep theirs.</summary>
public static class DotNetCodeChecks
{
    /// <summary>Adds the .NET code checks for every code item that has no check yet.</summary>
    public static ReadinessSetup AddDotNetCodeChecks(this ReadinessSetup setup, DotNetCodeOptions? options = null)
    {
        options ??= new DotNetCodeOptions();
        var (build, tests) = (new DotNetBuildRun(options), new DotNetTestRun(options));
        var suites = options.SecuritySuites;
        var checks = new List<(ChecklistItem, ReadinessCheck)>
        {
            (Items.PreLaunch.Lint, new DotNetFormatCheck(options)),
            (Items.PreLaunch.Lint, new BuildDiagnosticsCheck(build, BuildDiagnostics.ErrorsAndWarnings)),
            (Items.PreLaunch.TypeCheck, new BuildDiagnosticsCheck(build, BuildDiagnostics.Errors)),
            (Items.Testing.AllTestsPassing, new TestsPassingCheck(tests)),
            (Items.PreLaunch.TestSuite, new TestsPassingCheck(tests)),
            (Items.Testing.CoverageAcceptable, new CoverageCheck(tests)),
        };
        foreach (var (item, category) in new[] { (Items.Security.SqlInjectionTests, "SqlInjection"), (Items.Security.XssTests, "Xss"), (Items.Security.AuthTests, "Auth") })
        {
            if (suites.TryGetValue(category, out var minimum))
            {
                checks.Add((item, new TestSuiteCheck(tests, new Dictionary<string, int> { [category] = minimum })));
            }
        }

        if (suites.Count > 0)
        {
            checks.Add((Items.Testing.SecurityTests, new TestSuiteCheck(tests, suites)));
            checks.Add((Items.PreLaunch.SecurityTestSuite, new TestSuiteCheck(tests, suites)));
        }

        return setup.AddMissing([.. checks]);
    }
}
