using System.Text.Json;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Build;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class GateTargetTests : IDisposable
{
    private readonly BuildRun _run = new();

    public GateTargetTests()
    {
        GateBuild.Prepare(_run, coverage: "72.5");
    }

    public void Dispose() => _run.Dispose();

    private string Report(string name) => File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", name));

    [Fact]
    public async Task Readiness_runs_every_check_writes_the_reports_and_fails_the_build_when_refused()
    {
        var (exit, output) = await _run.Run<GateBuild>(["Readiness", "--no-logo"]);

        Assert.True(exit == 1, output);
        using var report = JsonDocument.Parse(Report("report.json"));
        Assert.Equal("refused", report.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(GitRepository.Head(_run.Root), report.RootElement.GetProperty("commit").GetString());
        Assert.Contains("- [x] **All tests passing**", Report("report.md"));
        Assert.Contains("- [ ] **Coverage acceptable**: Minimum 80% code coverage — ❌ Failed: line coverage 72.5 % is below 80 %", Report("report.md"));
        Assert.True(File.Exists(Path.Combine(_run.Root, "artifacts", "readiness", "junit.xml")));
    }

    [Fact]
    public async Task Release_is_refused_with_every_blocking_item_and_publishes_nothing()
    {
        var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("Release refused: 1 blocking item", output);
        Assert.Matches(@"testing\.coverage-acceptable\s+Failed\s+line coverage 72\.5 % is below 80 %", output);
        Assert.Matches(@"Publish\s+NotRun", output);
        Assert.False(File.Exists(Path.Combine(_run.Root, "published.txt")));
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(output, @"testing\.coverage-acceptable\s+Failed"));
    }

    [Fact]
    public async Task Release_publishes_when_the_failure_is_waived()
    {
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        _run.WriteFile(GovernancePaths.Waivers, $"""
            waivers:
              - item: testing.coverage-acceptable
                reason: legacy module, covered by the Q1 plan
                owner: jane
                approver: tech-lead
                expires: {expires}
            """);
        GitRepository.CommitAll(_run.Root, "waiver");

        var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.True(File.Exists(Path.Combine(_run.Root, "published.txt")));
        Assert.Contains("\"status\": \"waived\"", Report("report.json"));
    }

    [Fact]
    public async Task A_check_that_throws_blocks_the_release_as_an_error()
    {
        File.Delete(Path.Combine(_run.Root, "coverage.txt"));

        var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Matches(@"testing\.coverage-acceptable\s+Error\s+check 'coverage-file' could not run: FileNotFoundException", output);
    }

    [Fact]
    public async Task A_category_target_fails_only_on_its_own_category()
    {
        var testing = await _run.Run<GateBuild>(["Testing", "--no-logo"]);
        File.WriteAllText(Path.Combine(_run.Root, "coverage.txt"), "91");
        var passing = await _run.Run<GateBuild>(["Testing", "--no-logo"]);
        var security = await _run.Run<GateBuild>(["Security", "--no-logo"]);

        Assert.Equal(1, testing.ExitCode);
        Assert.Contains("Testing refused: 1 blocking item", testing.Output);
        Assert.Equal(0, passing.ExitCode);
        Assert.Equal(0, security.ExitCode);
    }

    [Fact]
    public async Task A_malformed_waivers_file_blocks_with_file_line_and_field()
    {
        File.WriteAllText(Path.Combine(_run.Root, "coverage.txt"), "91");
        _run.WriteFile(GovernancePaths.Waivers, "waivers:\n  - item: testing.coverage-acceptable\n    reason: x\n");

        var (exit, output) = await _run.Run<GateBuild>(["Release", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("readiness/waivers.yaml(2): field 'owner': is required", output);
    }
}
