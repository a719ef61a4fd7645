using System.Text.Json;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Publishing past the gate: skipping it, scoped targets posing as the release report, stale evidence,
/// dirty trees, and a refused Readiness that ended green (issue items 1, 2 and 6).</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class BypassFaultTests : IDisposable
{
    private readonly BuildRun _run = new();

    public BypassFaultTests()
    {
        GateBuild.Prepare(_run, coverage: "91");
    }

    public void Dispose() => _run.Dispose();

    private string Reports(params string[] parts) => Path.Combine([_run.Root, "artifacts", "readiness", .. parts]);

    private bool Published => File.Exists(Path.Combine(_run.Root, "published.txt"));

    [Theory]
    [InlineData("Release --skip Gate", "--skip cannot skip 'Gate': it decides whether anything is published.")]
    [InlineData("Publish --skip", "--skip cannot skip 'Readiness': Gate and Publish decide on the verdict it makes in this run.")]
    [InlineData("Release --skip Readiness", "--skip cannot skip 'Readiness': Gate and Publish decide on the verdict it makes in this run.")]
    public Task Skipping_the_gate_refuses_with_exit_code_2_and_publishes_nothing(string arguments, string message) =>
        FaultLedger.Case($"bypass: {arguments}", FaultKind.FailOpen, async () =>
        {
            var (exit, output) = await _run.Run<GateBuild>([.. arguments.Split(' '), "--no-logo"]);

            Assert.True(exit == 2, output);
            Assert.Contains(message, output);
            Assert.False(Published);
        });

    [Fact]
    public Task A_scoped_target_writes_its_reports_apart_and_never_the_release_report() =>
        FaultLedger.Case("bypass: scoped target writes the release report", FaultKind.FailOpen, async () =>
        {
            var (exit, output) = await _run.Run<GateBuild>(["Testing", "--no-logo"]);

            Assert.True(exit == 0, output);
            Assert.False(File.Exists(Reports("report.json")));
            using var scoped = JsonDocument.Parse(File.ReadAllText(Reports("scoped", "Testing", "report.json")));
            Assert.Equal("Testing", scoped.RootElement.GetProperty("coverage").GetProperty("scope").GetString());
            var coverage = scoped.RootElement.GetProperty("coverage");
            Assert.Equal(scoped.RootElement.GetProperty("items").GetArrayLength(), coverage.GetProperty("itemsEvaluated").GetInt32());
            Assert.True(coverage.GetProperty("itemsEvaluated").GetInt32() < coverage.GetProperty("checklistItems").GetInt32());
            Assert.Contains("not a release verdict", output);
        });

    [Fact]
    public Task A_whole_evaluation_leaves_no_evidence_of_earlier_runs_and_records_what_it_covers() =>
        FaultLedger.Case("bypass: stale evidence survives a run", FaultKind.FailOpen, async () =>
        {
            _run.WriteFile(Path.Combine("artifacts", "readiness", "evidence", "security.removed-item.json"), "{}");
            _run.WriteFile(Path.Combine("artifacts", "readiness", "scoped", "Lint", "report.json"), "{}");

            var (exit, output) = await _run.Run<GateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 0, output);
            Assert.Equal(Items.All.Select(i => $"{i.Id}.json").Order(), Directory.GetFiles(Reports("evidence")).Select(Path.GetFileName).Order());
            Assert.False(Directory.Exists(Reports("scoped")));
            using var report = JsonDocument.Parse(File.ReadAllText(Reports("report.json")));
            var coverage = report.RootElement.GetProperty("coverage");
            Assert.Equal("whole", coverage.GetProperty("scope").GetString());
            Assert.Equal(Items.All.Count, coverage.GetProperty("checklistItems").GetInt32());
            Assert.True(coverage.GetProperty("treeClean").GetBoolean());
            Assert.StartsWith("sha256:", report.RootElement.GetProperty("digest").GetString());
        });

    [Fact]
    public Task A_refused_Readiness_fails_the_build_after_writing_every_report() =>
        FaultLedger.Case("bypass: refused Readiness exits 0", FaultKind.FailOpen, async () =>
        {
            File.WriteAllText(Path.Combine(_run.Root, "coverage.txt"), "12");
            GitRepository.CommitAll(_run.Root, "coverage drops");

            var (exit, output) = await _run.Run<GateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.True(File.Exists(Reports("report.md")) && File.Exists(Reports("junit.xml")) && File.Exists(Reports("readiness.sarif")));
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, @"testing\.coverage-acceptable\s+Failed"));
        });

    [Fact]
    public Task Release_is_refused_when_the_tree_has_uncommitted_changes() =>
        FaultLedger.Case("bypass: publish from a dirty tree", FaultKind.FailOpen, async () =>
        {
            File.WriteAllText(Path.Combine(_run.Root, ".env"), "TOKEN=1\n");

            var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

            Assert.True(exit == 1, output);
            Assert.Contains("Release refused: the verdict was made on a working tree with changes git sees (.env)", output);
            Assert.False(Published);
        });

    [Fact]
    public Task Release_publishes_from_a_clean_tree_when_everything_passes() =>
        FaultLedger.Case("bypass: control, a clean passing tree publishes", FaultKind.FailOpen, async () =>
        {
            var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

            Assert.True(exit == 0, output);
            Assert.True(Published);
        });
}
