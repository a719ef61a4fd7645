namespace Pipeline.Readiness.Tests.Checks.Code;

/// <summary>The coverage rules over given Cobertura reports and test results: merging, filters, and the cases that
/// are an Error rather than a pass. (The thresholds end to end, with the HTML report, run real projects in
/// <see cref="CoverageCheckTests"/>.)</summary>
public sealed class CoverageRuleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-coverage-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Report(string name, string packages)
    {
        var path = Path.Combine(_root, name);
        File.WriteAllText(path, $"""<?xml version="1.0"?><coverage><sources><source>{_root}/</source></sources><packages>{packages}</packages></coverage>""");
        return path;
    }

    private static string Package(string assembly, string file, params (int Line, int Hits)[] lines) =>
        $"""<package name="{assembly}"><classes><class filename="{file}"><lines>{string.Concat(lines.Select(l => $"""<line number="{l.Line}" hits="{l.Hits}"/>"""))}</lines></class></classes></package>""";

    [Fact]
    public void A_line_hit_by_any_test_project_counts_once_as_covered()
    {
        var unit = Report("unit.xml", Package("App", "src/App/Orders.cs", (1, 1), (2, 0), (3, 0)));
        var integration = Report("integration.xml", Package("App", "src/App/Orders.cs", (1, 0), (2, 4), (3, 0)));

        var merged = CoberturaMerger.Merge([unit, integration], new DotNetCodeOptions(), _root);

        Assert.Equal(new CoverageCounts(2, 3, 0, 0), merged.Assemblies["App"]);
        Assert.Equal(66.67, merged.Assemblies["App"].LineRate);
    }

    [Fact]
    public void Excluded_files_and_assemblies_are_not_counted()
    {
        var report = Report("all.xml", Package("App", "src/App/Orders.cs", (1, 1), (2, 0)) + Package("App.Tests", "tests/AppTests.cs", (1, 1))
            + Package("App", "src/App/Migrations/0001_Initial.cs", (1, 0), (2, 0)));

        var merged = CoberturaMerger.Merge([report], new DotNetCodeOptions { CoverageExclude = ["App.Tests"], CoverageExcludeFiles = ["**/Migrations/**"] }, _root);

        Assert.Equal(["App"], merged.Assemblies.Keys);
        Assert.Equal(new CoverageCounts(1, 2, 0, 0), merged.Assemblies["App"]);
    }

    [Fact]
    public void Dotnet_code_that_source_generators_emitted_under_obj_is_left_out_unless_asked_for()
    {
        var report = Report("all.xml", Package("App", "src/App/Orders.cs", (1, 1), (2, 0))
            + Package("App", "src/App/obj/Debug/net10.0/System.Text.RegularExpressions.Generator/RegexGenerator.g.cs", (10, 0), (11, 0), (12, 1))
            + Package("App", "src/App/objects/Order.cs", (1, 0)) + Package("app", "app/obj/models.py", (1, 1)));

        var left = CoberturaMerger.Merge([report], new DotNetCodeOptions(), _root);
        var counted = CoberturaMerger.Merge([report], new DotNetCodeOptions { CountGeneratedCode = true }, _root);

        Assert.Equal((new CoverageCounts(1, 3, 0, 0), 3), (left.Assemblies["App"], left.GeneratedLines));
        Assert.Equal((new CoverageCounts(2, 6, 0, 0), 0), (counted.Assemblies["App"], counted.GeneratedLines));
        Assert.Equal(new CoverageCounts(1, 1, 0, 0), left.Assemblies["app"]); // a Python package named obj is code someone wrote
    }

    private Task<CheckResult> Coverage(TestRunResult result) =>
        new CoverageCheck(new GivenTestResults(result)).RunAsync(new CheckContext(Items.Testing.CoverageAcceptable, _root, "0123456", new ProcessRunner(), TimeProvider.System, CancellationToken.None));

    [Fact]
    public async Task No_coverage_collected_is_an_error_naming_the_collector()
    {
        var result = await Coverage(new TestRunResult(10, 10, 0, 0, [], null));

        Assert.Equal((CheckStatus.Error, "no coverage was collected: coverlet wrote no Cobertura report"), (result.Status, result.Summary));
    }

    [Fact]
    public async Task Reports_that_cover_no_line_are_an_error_not_a_hundred_percent()
    {
        var result = await Coverage(new TestRunResult(10, 10, 0, 0, [], null) { CoverageFiles = [Report("none.xml", string.Empty)] });

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.StartsWith("the coverage reports cover no line (1 report(s)", result.Summary, StringComparison.Ordinal);
    }
}
