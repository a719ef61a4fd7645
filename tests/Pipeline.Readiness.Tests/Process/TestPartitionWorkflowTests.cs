using Pipeline.Readiness.Tests.Checks.Python;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.CiConfiguration;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Process;

/// <summary>A Python service whose build splits the tests across two runners (<c>setup.TestPartitions = 2</c>): the
/// generated workflow has a job per partition (<c>Evidence --evidence-part Coverage-Test --partition k/2</c>), run here
/// job by job with real pytest and pytest-cov, each in its own clone (<see cref="LocalWorkflow"/>). The fan-in merges
/// their JUnit and Cobertura files and decides the tests, the security suites and coverage as one
/// <c>./build.sh Readiness</c> on the same commit does — though one partition alone leaves a function uncovered.
/// Without one partition's artifact, or with one of its result files edited, the fan-in refuses and names the job.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class TestPartitionWorkflowTests(CiValidators validators) : IClassFixture<CiValidators>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-partitioned-").FullName;

    private string Repository => Path.Combine(_work, "repo");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_partitions_merged_in_the_fan_in_decide_as_one_readiness_run_and_a_missing_or_edited_partition_is_refused()
    {
        await CreateRepositoryAsync();
        var (workflow, fanIn, parts) = await FanInReports.ValidatedWorkflowAsync(validators, Repository, _work);
        Assert.Equal(["evidence_coverage_test_1of2", "evidence_coverage_test_2of2"], parts.Order(StringComparer.Ordinal));

        var done = new Dictionary<string, JobRun>();
        foreach (var id in parts)
        {
            done[id] = await workflow.RunAsync(id, done);
            Assert.True(done[id].Succeeded, done[id].Log);
            Assert.StartsWith("sha256:", done[id].Outputs["digest"], StringComparison.Ordinal);
        }

        Assert.Contains("Coverage-Test partition 1/2 (Python): 4 of 4 tests passed in tests/test_calc.py, tests/test_web.py", done[parts[0]].Log, StringComparison.Ordinal);
        Assert.Contains("Coverage-Test partition 2/2 (Python): 2 of 2 tests passed in tests/test_security_sql_injection.py", done[parts[1]].Log, StringComparison.Ordinal);
        Assert.DoesNotContain("report.json", Directory.GetFiles(Path.Combine(workflow.Artifacts, "evidence-Coverage-Test-2of2"), "*", SearchOption.AllDirectories).Select(Path.GetFileName)); // a partition decides nothing

        var fanInRun = await workflow.RunAsync(fanIn, done);
        var single = await FanInReports.SingleReadinessAsync(_work, Repository);

        Assert.True(fanInRun.Succeeded, fanInRun.Log);
        var fanInReport = FanInReports.Report(Path.Combine(fanInRun.Folder, "artifacts", "readiness"));
        Assert.Equal("passed", fanInReport["verdict"]!.GetValue<string>());
        Assert.Equal(FanInReports.Decisions(single), FanInReports.Decisions(fanInReport));
        Assert.Contains(FanInReports.Decisions(fanInReport), d => d is { Id: "testing.coverage-acceptable", Status: "passed" } && d.Reason.StartsWith("line coverage 100 %", StringComparison.Ordinal));
        Assert.Contains(FanInReports.Decisions(fanInReport), d => d is { Id: "security.sql-injection-tests", Status: "passed" });
        Assert.Contains("pytest in 2 partitions (1/2: tests/test_calc.py, tests/test_web.py; 2/2: tests/test_security_sql_injection.py), merged", fanInReport.ToJsonString(), StringComparison.Ordinal);

        // Without the second partition's artifact: refused, naming its job.
        var second = Path.Combine(workflow.Artifacts, "evidence-Coverage-Test-2of2");
        var away = Path.Combine(_work, "away");
        Directory.Move(second, away);
        var missing = await workflow.RunAsync(fanIn, done, Path.Combine(_work, "run", "jobs", "missing"));
        Directory.Move(away, second);
        Assert.False(missing.Succeeded, missing.Log);
        Assert.Contains(FanInReports.Decisions(FanInReports.Report(Path.Combine(missing.Folder, "artifacts", "readiness"))), d =>
            d is { Id: "testing.all-tests-passing", Status: "error" } && d.Reason.StartsWith("no evidence from job evidence_coverage_test_2of2 (partition 2/2 of part Coverage-Test)", StringComparison.Ordinal));

        // A failing test made to look passed in the first partition's JUnit file: refused as altered.
        var junit = Directory.GetFiles(Path.Combine(workflow.Artifacts, "evidence-Coverage-Test-1of2"), "*junit.xml", SearchOption.AllDirectories).Single();
        File.WriteAllText(junit, File.ReadAllText(junit).Replace("tests=\"4\"", "tests=\"5\"", StringComparison.Ordinal));
        var edited = await workflow.RunAsync(fanIn, done, Path.Combine(_work, "run", "jobs", "edited"));
        Assert.False(edited.Succeeded, edited.Log);
        Assert.Contains(FanInReports.Decisions(FanInReports.Report(Path.Combine(edited.Folder, "artifacts", "readiness"))), d =>
            d is { Id: "testing.coverage-acceptable", Status: "error" } && d.Reason.Contains("of job evidence_coverage_test_1of2 was altered after it was written", StringComparison.Ordinal));
    }

    private async Task CreateRepositoryAsync()
    {
        BuildScaffold.Write(Repository);
        using (var project = new PythonProjectFolder())
        {
            foreach (var file in Directory.EnumerateFiles(project.Root, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(Repository, Path.GetRelativePath(project.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        }

        File.WriteAllText(Path.Combine(Repository, "build", "Build.cs"), """
            using Pipeline;
            using Pipeline.Readiness;
            using Pipeline.Readiness.Checks.Python;
            using Pipeline.Readiness.Components;

            [GitHubActions("gate", FanOut = true, InvokedTargets = ["Readiness"], CachePaths = [], ArtifactPaths = ["artifacts/readiness"])]
            class Build : PipelineBuild, IReadinessGate
            {
                public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Readiness);

                public PythonCodeOptions PythonCodeSettings => new()
                {
                    ExpectedTestTotal = 6,
                    SecuritySuites = new Dictionary<string, int> { ["SqlInjection"] = 2, ["Xss"] = 1, ["Auth"] = 1 },
                    MinimumLineCoverage = 100,
                };

                public void ConfigureReadiness(ReadinessSetup setup)
                {
                    ChecklistItem[] kept = [Items.Testing.AllTestsPassing, Items.PreLaunch.TestSuite, Items.Testing.CoverageAcceptable, Items.Security.SqlInjectionTests, Items.Security.XssTests, Items.Security.AuthTests, Items.Testing.SecurityTests];
                    foreach (var item in Items.All.Where(i => !kept.Contains(i)))
                        setup.Disable(item, "not part of this test");
                    setup.TestPartitions = 2;
                }
            }
            """);
        GitRepository.Init(Repository);
        var (exit, output) = await ScriptRunner.Run(Repository, Path.Combine(Repository, "build.sh"), ["--generate-configuration", "--no-logo"]);
        Assert.True(exit == 0, output);
        GitRepository.CommitAll(Repository, "generated workflow");
    }
}
