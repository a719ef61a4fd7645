using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reports;

/// <summary>report.md and report.json against reviewed golden files. Set UPDATE_GOLDEN=1 to rewrite them after an
/// intended change, then review the diff.</summary>
public sealed class GoldenReportTests
{
    private static void AssertGolden(string name, string actual)
    {
        var source = Path.Combine(RepositoryRoot.Path, "tests", "Pipeline.Readiness.Tests", "Golden", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(source, actual);
        }

        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name)).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Markdown_report_matches_the_golden_file()
    {
        AssertGolden("report.md", MarkdownReport.Render(SampleVerdict.Create(), "orders-api"));
    }

    [Fact]
    public void Json_report_matches_the_golden_file()
    {
        AssertGolden("report.json", JsonReport.Render(SampleVerdict.Create()));
    }
}
