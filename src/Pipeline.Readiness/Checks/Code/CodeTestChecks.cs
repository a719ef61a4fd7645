namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test items every stack decides the same way from its <see cref="ITestRun"/>: all tests passing, the
/// pre-launch test suite, each security suite, and all security suites together.</summary>
internal static class CodeTestChecks
{
    /// <summary>How long a check that reads the test run may take: the run's own limit, and time to restore first and
    /// read the results after (a check's limit shorter than the run it waits for would cut a long suite short).</summary>
    public static TimeSpan ReaderTimeout(CodeOptions options) => options.TestTimeout + TimeSpan.FromMinutes(5);

    /// <summary>"Coverage acceptable" from <paramref name="tests"/>, waiting as long as the run may take.</summary>
    public static (ChecklistItem, ReadinessCheck) Coverage(ITestRun tests) => (Items.Testing.CoverageAcceptable, new CoverageCheck(tests) { Timeout = ReaderTimeout(tests.Options) });

    public static IEnumerable<(ChecklistItem, ReadinessCheck)> For(ITestRun tests)
    {
        var timeout = ReaderTimeout(tests.Options);
        yield return (Items.Testing.AllTestsPassing, new TestsPassingCheck(tests) { Timeout = timeout });
        yield return (Items.PreLaunch.TestSuite, new TestsPassingCheck(tests) { Timeout = timeout });
        var suites = tests.Options.SecuritySuites;
        foreach (var (item, category) in new[] { (Items.Security.SqlInjectionTests, "SqlInjection"), (Items.Security.XssTests, "Xss"), (Items.Security.AuthTests, "Auth") })
        {
            if (suites.TryGetValue(category, out var minimum))
            {
                yield return (item, new TestSuiteCheck(tests, new Dictionary<string, int> { [category] = minimum }) { Timeout = timeout });
            }
        }

        if (suites.Count > 0)
        {
            yield return (Items.Testing.SecurityTests, new TestSuiteCheck(tests, suites) { Timeout = timeout });
            yield return (Items.PreLaunch.SecurityTestSuite, new TestSuiteCheck(tests, suites) { Timeout = timeout });
        }
    }
}
