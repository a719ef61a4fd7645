namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>The test and security-suite rules over a test run's results, with no test run: the results are given.</summary>
public sealed class TestRuleTests
{
    private static readonly DotNetCodeOptions Options = new() { Target = "App.sln" };

    private static readonly CheckContext Context = new(Items.Testing.AllTestsPassing, "/repo", "0123456", new ProcessRunner(), TimeProvider.System, CancellationToken.None);

    private static Task<CheckResult> Passing(TestRunResult result, DotNetCodeOptions? options = null) =>
        new TestsPassingCheck(new GivenTestResults(result, options: options ?? Options)).RunAsync(Context);

    [Fact]
    public async Task Every_test_passing_passes_with_the_counts()
    {
        var result = await Passing(new TestRunResult(152, 152, 0, 0, [], null));

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Equal("152 of 152 tests passed", result.Summary);
        Assert.Equal(152, result.Figures["tests.total"]);
    }

    [Fact]
    public async Task A_failing_test_fails_at_its_line_and_a_skipped_one_proves_nothing()
    {
        var result = await Passing(new TestRunResult(152, 150, 1, 1, [new TestFailure("OrdersTests.Rejects_negative_totals", "Assert.Equal() Failure", "tests/OrdersTests.cs", 42)], null));

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("1 of 152 tests failed; 1 tests were skipped (a skipped test proves nothing)", result.Summary);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(("test.failed", "tests/OrdersTests.cs", (int?)42), (finding.Rule, finding.File, finding.Line));
    }

    [Fact]
    public async Task A_dropped_test_is_caught_by_the_expected_total()
    {
        var result = await Passing(new TestRunResult(151, 151, 0, 0, [], null), Options with { ExpectedTestTotal = 152 });

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("151 tests ran, 152 expected", result.Summary);
    }

    [Fact]
    public async Task An_aborted_run_is_an_error_never_a_pass()
    {
        var result = await Passing(new TestRunResult(10, 10, 0, 0, [], "The active test run was aborted. Reason: Test host process crashed"));

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.StartsWith("the test run was aborted (test host crash?)", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_security_suite_with_too_few_tests_fails_naming_the_category()
    {
        var run = new GivenTestResults(new TestRunResult(0, 0, 0, 0, [], null), new Dictionary<string, TestRunResult>
        {
            ["SqlInjection"] = new(16, 16, 0, 0, [], null),
            ["Xss"] = new(11, 11, 0, 0, [], null),
        });

        var result = await new TestSuiteCheck(run, new Dictionary<string, int> { ["SqlInjection"] = 16, ["Xss"] = 12 }).RunAsync(Context);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal("SqlInjection 16/16 passed (at least 16 required); Xss 11/11 passed (at least 12 required)", result.Summary);
        Assert.Equal("Xss: 11 tests, at least 12 required", Assert.Single(result.Findings).Message);
    }

    [Fact]
    public void Build_diagnostics_are_read_from_msbuild_canonical_lines_once_each()
    {
        var output = """
            /repo/src/App/Orders.cs(12,5): warning CA1822: Member 'Total' does not access instance data [/repo/src/App/App.csproj]
            /repo/src/App/Orders.cs(12,5): warning CA1822: Member 'Total' does not access instance data [/repo/src/App/App.csproj]
            /repo/src/App/Program.cs(3,1): error CS0246: The type or namespace name 'Foo' could not be found [/repo/src/App/App.csproj]
              App -> /repo/src/App/bin/Debug/net10.0/App.dll
            """;

        var diagnostics = MsBuildDiagnostic.Parse(output).ToList();

        Assert.Equal(2, diagnostics.Count);
        Assert.Equal(new MsBuildDiagnostic("/repo/src/App/Orders.cs", 12, false, "CA1822", "Member 'Total' does not access instance data"), diagnostics[0]);
        Assert.True(diagnostics[1].IsError);
    }
}
