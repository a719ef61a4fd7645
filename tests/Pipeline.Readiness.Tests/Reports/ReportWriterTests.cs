using System.Text.Json;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Reports;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("pipeline-reports-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Every_report_and_an_evidence_file_per_item_are_written()
    {
        var verdict = SampleVerdict.Create();
        var summary = Path.Combine(_directory, "summary.md");

        var written = ReportWriter.Write(verdict, _directory, "orders-api", summary);

        Assert.Equal(4 + verdict.Items.Count, written.Count);
        foreach (var name in new[] { "report.json", "report.md", "junit.xml", "readiness.sarif", "evidence/testing.coverage-acceptable.json" })
        {
            Assert.True(File.Exists(Path.Combine(_directory, name)), name);
        }

        using var evidence = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "evidence", "testing.coverage-acceptable.json")));
        Assert.Equal(71.5, evidence.RootElement.GetProperty("checks")[0].GetProperty("figures").GetProperty("coverage.line").GetDouble());
        Assert.Equal(Fixed.Commit, evidence.RootElement.GetProperty("commit").GetString());
        Assert.Contains("## ❌ Readiness: release refused", File.ReadAllText(summary));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failing_extra_format_is_a_warning_and_leaves_nothing_half_written()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "junit.xml")); // the file cannot be replaced

        var written = ReportWriter.Write(SampleVerdict.Create(), _directory, "orders-api", null);

        Assert.DoesNotContain(written, p => p.EndsWith("junit.xml", StringComparison.Ordinal));
        Assert.Contains(written, p => p.EndsWith("readiness.sarif", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(_directory, "junit.xml")));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_failing_verdict_report_fails_loudly_before_any_other_report_is_written()
    {
        Directory.CreateDirectory(Path.Combine(_directory, "report.json"));

        Assert.ThrowsAny<IOException>(() => ReportWriter.Write(SampleVerdict.Create(), _directory, "orders-api", null));
        Assert.False(File.Exists(Path.Combine(_directory, "report.md")));
        Assert.Empty(Directory.GetFiles(_directory, "*.tmp"));
    }
}
