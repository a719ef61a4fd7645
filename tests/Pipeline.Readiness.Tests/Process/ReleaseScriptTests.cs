using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Process;

/// <summary>The real <c>./build.sh Release</c> in a temporary git repository with a small library: one passing and
/// one failing check. Refused: exit 1, the failing item named, nothing in the feed. Waived: it publishes.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ReleaseScriptTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-release-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private void CreateRepository()
    {
        BuildScaffold.Write(_root);
        Write("build/Build.cs", """
            using Pipeline;
            using Pipeline.Readiness;
            using Pipeline.Readiness.Checks;
            using Pipeline.Readiness.Components;

            class Build : PipelineBuild, IReadinessGate
            {
                public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Release);

                public void ConfigureReadiness(ReadinessSetup setup)
                {
                    foreach (var category in Enum.GetValues<ReadinessCategory>().Where(c => c != ReadinessCategory.Testing))
                        setup.Disable(category, "not part of this test");
                    foreach (var item in Items.All.Where(i => i.Category == ReadinessCategory.Testing && i != Items.Testing.AllTestsPassing && i != Items.Testing.CoverageAcceptable))
                        setup.Disable(item, "not part of this test");
                    setup.Check(Items.Testing.AllTestsPassing, new Fixed("tests", CheckResult.Passed(12, "12 of 12 tests passed")))
                         .Check(Items.Testing.CoverageAcceptable, new Fixed("coverage", CheckResult.Failed(1, "line coverage 50 % is below 80 %")));
                }
            }

            sealed class Fixed(string name, CheckResult result) : ReadinessCheck
            {
                public override string Name => name;
                public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(result);
            }
            """);
        GitRepository.Init(_root);
    }

    private Task<(int ExitCode, string Output)> Release() =>
        ScriptRunner.Run(_root, Path.Combine(_root, "build.sh"), ["Release", "--no-logo"]);

    private string[] FeedPackages() => Directory.Exists(Path.Combine(_root, "artifacts", "feed"))
        ? Directory.GetFiles(Path.Combine(_root, "artifacts", "feed"), "*.nupkg", SearchOption.AllDirectories)
        : [];

    [Fact]
    public async Task Release_refuses_with_the_failing_item_then_publishes_once_it_is_waived()
    {
        CreateRepository();

        var refused = await Release();

        Assert.True(refused.ExitCode == 1, refused.Output);
        Assert.Contains("Release refused: 1 blocking item", refused.Output);
        Assert.Matches(@"testing\.coverage-acceptable\s+Failed\s+line coverage 50 % is below 80 %", refused.Output);
        Assert.Empty(FeedPackages());

        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Write(GovernancePaths.Waivers, $"waivers:\n  - item: testing.coverage-acceptable\n    reason: pilot\n    owner: jane\n    approver: lead\n    expires: {expires}\n");
        GitRepository.CommitAll(_root, "waiver"); // a release is decided for a committed tree
        var published = await Release();

        Assert.True(published.ExitCode == 0, published.Output);
        Assert.Contains("sample.library.1.2.3.nupkg", FeedPackages().Select(p => Path.GetFileName(p).ToLowerInvariant()));
        Assert.Contains("\"verdict\": \"passed\"", File.ReadAllText(Path.Combine(_root, "artifacts", "readiness", "report.json")));
    }
}
