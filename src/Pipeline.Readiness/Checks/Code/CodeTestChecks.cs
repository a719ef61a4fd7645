namespace Pipeline.Readiness.Checks.Code;

/// <summary>The test items every stack decides the same way from its <see cref="ITestRun"/>: all tests passing, the
/// pre-launch test suite, each security suite, and all security suites together.</summary>
internal static class CodeTestChecks
{
    public static IEnumerable<(ChecklistItem, ReadinessCheck)> For(ITestRun tests)
    {
        yield return (Items.Testing.AllTestsPassing, new TestsPassingCheck(tests));
        yield return (Items.PreLaunch.TestSuite, new TestsPassingCheck(tests));
        var suites = tests.Options.SecuritySuites;
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
