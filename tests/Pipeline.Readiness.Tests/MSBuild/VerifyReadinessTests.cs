using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.MSBuild;

/// <summary>The real package: Pipeline.MSBuild packed into a temporary folder feed (a unique version, so NuGet's
/// cache never serves an older build), consumed by a fresh project in a fresh git repository with
/// <c>ReadinessGate=true</c>; <c>dotnet publish</c> and <c>dotnet pack</c> against reports rendered by the gate.</summary>
[Collection(PackageFeed.Collection)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class VerifyReadinessTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-msbuild-").FullName;
    private string Repository => Path.Combine(_work, "repo");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    private Task CreateConsumer() => PackageFeed.CreateGatedConsumerAsync(_work, Repository);

    private void Report(CheckStatus status, string? commit = null, DateTimeOffset? generatedAt = null)
    {
        var item = Items.Testing.AllTestsPassing;
        var outcome = new CheckOutcome("tests", new CheckResult(status, status == CheckStatus.Passed ? "12 of 12 tests passed" : "3 of 12 tests failed", 12), DateTimeOffset.UtcNow, TimeSpan.FromSeconds(1));
        var verdict = GateDecider.Decide(new Pipeline.Readiness.Checklist([item]), [item], new Dictionary<string, IReadOnlyList<CheckOutcome>> { [item.Id] = [outcome] },
            GovernanceRecords.Empty, commit ?? GitRepository.Head(Repository), generatedAt ?? DateTimeOffset.UtcNow, _ => false);
        var path = Path.Combine(Repository, "artifacts", "readiness", "report.json");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonReport.Render(verdict));
    }

    private Task<(int ExitCode, string Output)> DotNet(string verb) => ScriptRunner.Run(Repository, "dotnet", [verb, "-nologo"]);

    [Fact]
    public async Task Publish_and_pack_fail_with_coded_errors_unless_the_report_passed_for_this_commit()
    {
        await CreateConsumer();

        var missing = await DotNet("publish");
        Report(CheckStatus.Failed);
        var refused = await DotNet("publish");
        var refusedPack = await DotNet("pack");
        Report(CheckStatus.Passed, generatedAt: DateTimeOffset.UtcNow.AddDays(-2));
        var stale = await DotNet("publish");
        Report(CheckStatus.Passed, commit: "0123456789abcdef0123456789abcdef01234567");
        var otherCommit = await DotNet("publish");
        Report(CheckStatus.Passed);
        var passed = await DotNet("publish");

        Assert.Equal(1, missing.ExitCode);
        Assert.Matches(@"artifacts/readiness/report\.json\(1\): error PRG001: no readiness report", missing.Output);
        Assert.Equal(1, refused.ExitCode);
        Assert.Matches(@"report\.json\(1\): error PRG004: testing\.all-tests-passing: failed — 3 of 12 tests failed", refused.Output);
        Assert.NotEqual(0, refusedPack.ExitCode);
        Assert.Contains("error PRG004", refusedPack.Output);
        Assert.Equal(1, stale.ExitCode);
        Assert.Contains("error PRG003", stale.Output);
        Assert.Equal(1, otherCommit.ExitCode);
        Assert.Contains("error PRG002: the readiness report is for commit 0123456789abcdef", otherCommit.Output);
        Assert.True(passed.ExitCode == 0, passed.Output);
        Assert.True(File.Exists(Path.Combine(Repository, "bin", "Release", "net10.0", "publish", "Consumer.dll")));
    }
}
