using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class CoverageCheckTests : IDisposable
{
    private readonly DotNetSampleRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Coverage_below_the_threshold_fails_with_measured_and_required_figures()
    {
        _repository.Tests("""
            [Fact]
            public void Adds() => Assert.Equal(3, Calculator.Add(1, 2));
            """);

        var outcome = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions())));

        Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
        Assert.Equal(14.29, outcome.Result.Figures["coverage.line"]); // 1 of the 7 coverable lines
        Assert.Equal("line coverage 14.29 % is below the required 80 %", outcome.Result.Summary);
    }

    [Fact]
    public async Task Full_coverage_passes_and_writes_the_html_report()
    {
        var outcome = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions { MinimumBranchCoverage = 100 })));

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
        Assert.Equal(100, outcome.Result.Figures["coverage.line"]);
        Assert.Equal(100, outcome.Result.Figures["coverage.branch"]);
        Assert.Equal(100, outcome.Result.Figures["coverage.line.Calc"]);
        Assert.True(File.Exists(Path.Combine(_repository.Root, "artifacts", "readiness", "coverage", "index.html")));
    }

    [Fact]
    public async Task Regex_code_the_source_generator_emits_is_not_counted_against_the_team()
    {
        _repository.Write("src/Calc/Digits.cs", """
            using System.Text.RegularExpressions;

            namespace Calc;

            public static partial class Digits
            {
                public static bool Only(string text) => Pattern().IsMatch(text);

                [GeneratedRegex("^[0-9]+$")]
                private static partial Regex Pattern();
            }

            """);
        _repository.Write("tests/Calc.Tests/DigitsTests.cs", """
            using Calc;
            using Xunit;

            namespace Calc.Tests;

            public class DigitsTests
            {
                [Fact]
                public void Reads_digits() => Assert.True(Digits.Only("42"));
            }

            """);

        var outcome = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions())));
        var counted = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions { CountGeneratedCode = true })));

        Assert.Equal((CheckStatus.Passed, 100.0), (outcome.Result.Status, outcome.Result.Figures["coverage.line"]));
        Assert.Matches(@"; \d+ generated lines under obj/ not counted", outcome.Result.Summary);
        Assert.Equal("left out", outcome.Result.Inputs["generatedCode"]);
        Assert.True(counted.Result.Figures["coverage.line"] < 100, $"the generated regex code counted: {counted.Result.Summary}");
    }

    [Fact]
    public async Task Per_assembly_thresholds_and_filters_apply()
    {
        var excluded = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions { CoverageExclude = ["Calc*"] })));
        var perAssembly = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions
        {
            AssemblyMinimumLineCoverage = new Dictionary<string, double> { ["Calc.Data"] = 50 },
        })));

        Assert.Equal(CheckStatus.Error, excluded.Result.Status);
        Assert.Contains("cover no line", excluded.Result.Summary);
        Assert.Equal(CheckStatus.Failed, perAssembly.Result.Status);
        Assert.Equal("Calc.Data line coverage 0 % is below the required 50 %", perAssembly.Result.Summary);
    }

    [Fact]
    public async Task Missing_coverage_is_an_error()
    {
        var project = File.ReadAllText(Path.Combine(_repository.Root, "tests/Calc.Tests/Calc.Tests.csproj"));
        _repository.Write("tests/Calc.Tests/Calc.Tests.csproj", project.Replace("<PackageReference Include=\"coverlet.collector\" Version=\"6.0.4\" />", string.Empty, StringComparison.Ordinal));

        var outcome = await _repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(new DotNetTestRun(new DotNetCodeOptions())));

        Assert.Equal(CheckStatus.Error, outcome.Result.Status);
        Assert.Equal("no coverage was collected: coverlet (XPlat Code Coverage; reference coverlet.collector from the test projects) wrote no Cobertura report", outcome.Result.Summary);
    }
}
