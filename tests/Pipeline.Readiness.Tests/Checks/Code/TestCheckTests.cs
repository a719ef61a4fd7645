using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class TestCheckTests : IDisposable
{
    private readonly DotNetSampleRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task A_passing_suite_passes_with_its_figures()
    {
        var outcome = await _repository.Run(Items.Testing.AllTestsPassing, new TestsPassingCheck(new DotNetTestRun(new DotNetCodeOptions { ExpectedTestTotal = 3 })));

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
        Assert.Equal("3 of 3 tests passed", outcome.Result.Summary);
        Assert.Equal(3, outcome.Result.Figures["tests.total"]);
        Assert.Equal(0, outcome.Result.Figures["tests.failed"]);
    }

    [Fact]
    public async Task A_failing_test_fails_the_item_naming_the_test_file_and_line()
    {
        _repository.Tests("""
            [Fact]
            public void Adds() => Assert.Equal(3, Calculator.Add(1, 2));

            [Fact]
            public void Adds_wrongly() => Assert.Equal(4, Calculator.Add(1, 2));
            """);

        var outcome = await _repository.Run(Items.Testing.AllTestsPassing, new TestsPassingCheck(new DotNetTestRun(new DotNetCodeOptions())));

        Assert.True(outcome.Result.Status == CheckStatus.Failed, outcome.Result.Summary);
        Assert.Equal("1 of 2 tests failed", outcome.Result.Summary);
        var finding = Assert.Single(outcome.Result.Findings);
        Assert.Equal("test.failed", finding.Rule);
        Assert.StartsWith("Calc.Tests.CalculatorTests.Adds_wrongly: Assert.Equal() Failure", finding.Message);
        Assert.Equal(("tests/Calc.Tests/CalculatorTests.cs", 12), (finding.File, finding.Line));
    }

    [Fact]
    public async Task Fewer_tests_than_expected_fail_even_when_all_pass()
    {
        var outcome = await _repository.Run(Items.PreLaunch.TestSuite, new TestsPassingCheck(new DotNetTestRun(new DotNetCodeOptions { ExpectedTestTotal = 152 })));

        Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
        Assert.Equal("3 tests ran, 152 expected", outcome.Result.Summary);
    }

    [Fact]
    public async Task A_test_host_crash_is_an_error()
    {
        _repository.Tests("""
            [Fact]
            public void Crashes() => System.Environment.FailFast("simulated crash");
            """);

        var outcome = await _repository.Run(Items.Testing.AllTestsPassing, new TestsPassingCheck(new DotNetTestRun(new DotNetCodeOptions())));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.True(outcome.Result.Summary.Contains("Test host process crashed", StringComparison.Ordinal), outcome.Result.Summary);
    }

    [Fact]
    public async Task A_missing_test_project_is_an_error()
    {
        var outcome = await _repository.Run(Items.Testing.AllTestsPassing, new TestsPassingCheck(new DotNetTestRun(new DotNetCodeOptions { Target = "missing/Missing.csproj" })));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Contains("the configured target 'missing/Missing.csproj' does not exist", outcome.Result.Summary);
    }

    [Fact]
    public async Task Security_suites_need_enough_tests_in_each_category()
    {
        _repository.Tests("""
            [Theory, Trait("Category", "SqlInjection")]
            [InlineData("' OR 1=1 --")]
            [InlineData("admin'--")]
            public void Rejects_injection(string input) => Assert.NotEqual(input, input.Replace("'", "''"));

            [Fact, Trait("Category", "Xss")]
            public void Escapes_markup() => Assert.Equal("&lt;b&gt;", System.Net.WebUtility.HtmlEncode("<b>"));
            """);
        var run = new DotNetTestRun(new DotNetCodeOptions());

        var sql = await _repository.Run(Items.Security.SqlInjectionTests, new TestSuiteCheck(run, new Dictionary<string, int> { ["SqlInjection"] = 2 }));
        var all = await _repository.Run(Items.Testing.SecurityTests, new TestSuiteCheck(run, new Dictionary<string, int> { ["SqlInjection"] = 2, ["Xss"] = 2, ["Auth"] = 1 }));

        Assert.True(sql.Result.Status == CheckStatus.Passed, sql.Result.Summary);
        Assert.Equal(2, sql.Result.Figures["tests.SqlInjection.total"]);
        Assert.Equal(CheckStatus.Failed, all.Result.Status);
        Assert.Contains(all.Result.Findings, f => f.Message == "Xss: 1 tests, at least 2 required");
        Assert.Contains(all.Result.Findings, f => f.Message == "Auth: 0 tests, at least 1 required");
    }
}
