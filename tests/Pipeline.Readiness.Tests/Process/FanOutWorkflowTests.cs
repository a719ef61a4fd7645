using System.Text.Json.Nodes;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.CiConfiguration;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Process;

/// <summary>A build declaring <c>[GitHubActions(..., FanOut = true)]</c> in a temporary git repository: its generated
/// workflow passes the workflow validator, and run job by job here (<see cref="LocalWorkflow"/>: each job in its own
/// fresh clone, artifacts only through the artifact folder, digests only through job outputs) its fan-in decides
/// what one <c>./build.sh Readiness</c> on the same commit decides, and publishes. Without one job's artifact, or with
/// one evidence file edited, the fan-in refuses and names the job.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class FanOutWorkflowTests(CiValidators validators) : IClassFixture<CiValidators>, IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("pipeline-fanout-").FullName;

    private string Repository => Path.Combine(_work, "repo");

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public async Task The_fanned_out_workflow_decides_as_one_readiness_run_and_refuses_a_missing_or_edited_artifact()
    {
        await CreateRepositoryAsync();
        var (workflow, fanIn, parts) = await FanInReports.ValidatedWorkflowAsync(validators, Repository, _work);
        Assert.Equal(["evidence_checks", "evidence_checksecrets", "evidence_coverage", "evidence_test"], parts.Order(StringComparer.Ordinal));

        var done = new Dictionary<string, JobRun>();
        foreach (var id in parts)
        {
            done[id] = await workflow.RunAsync(id, done);
            Assert.StartsWith("sha256:", done[id].Outputs["digest"], StringComparison.Ordinal);
        }

        // Each check ran in exactly one job (the parts' items are disjoint); the coverage job hands over its check's
        // failure as it was (the waiver is the repository's, applied where it decides).
        var evaluated = parts.SelectMany(id => ItemIds(FanInReports.Report(Directory.GetDirectories(Path.Combine(done[id].Folder, "artifacts", "readiness", "scoped")).Single()))).ToList();
        Assert.Equal(evaluated.Distinct().Count(), evaluated.Count);
        Assert.All(parts, id => Assert.True(done[id].Succeeded, done[id].Log));
        Assert.Contains("\"status\": \"failed\"", File.ReadAllText(Path.Combine(workflow.Artifacts, "evidence-Coverage", "evidence-part.json")), StringComparison.Ordinal);

        var fanInRun = await workflow.RunAsync(fanIn, done);
        var single = await FanInReports.SingleReadinessAsync(_work, Repository);

        Assert.True(fanInRun.Succeeded, fanInRun.Log);
        Assert.DoesNotContain(": running ", fanInRun.Log, StringComparison.Ordinal); // the fan-in runs no check
        var fanInReport = FanInReports.Report(Path.Combine(fanInRun.Folder, "artifacts", "readiness"));
        Assert.Equal("passed", fanInReport["verdict"]!.GetValue<string>());
        Assert.Equal(FanInReports.Decisions(single), FanInReports.Decisions(fanInReport));
        Assert.Equal(evaluated.Order(StringComparer.Ordinal), FanInReports.Decisions(single).Where(d => d.DecidedBy == "check").Select(d => d.Id).Order(StringComparer.Ordinal));
        Assert.Equal(parts.Count, fanInReport["receivedFrom"]!.AsArray().Count);
        Assert.Contains(FanInReports.Decisions(fanInReport), d => d is { Id: "testing.coverage-acceptable", Status: "waived" });
        Assert.Contains("sample.library.1.2.3.nupkg", Directory.GetFiles(Path.Combine(fanInRun.Folder, "artifacts", "feed"), "*.nupkg", SearchOption.AllDirectories)
            .Select(p => Path.GetFileName(p).ToLowerInvariant()));

        // Without the secrets job's artifact: refused, naming the job.
        var secrets = Path.Combine(workflow.Artifacts, "evidence-CheckSecrets");
        var away = Path.Combine(_work, "away");
        Directory.Move(secrets, away);
        var missing = await workflow.RunAsync(fanIn, done, Path.Combine(_work, "run", "jobs", "missing"));
        Directory.Move(away, secrets);
        Assert.False(missing.Succeeded, missing.Log);
        Assert.Contains(FanInReports.Decisions(FanInReports.Report(Path.Combine(missing.Folder, "artifacts", "readiness"))), d =>
            d is { Id: "security.no-secrets-in-code", Status: "error" } && d.Reason.StartsWith("no evidence from job evidence_checksecrets", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(missing.Folder, "artifacts", "feed")));

        // One evidence file edited (a failed test run made to look passed), its digest left: refused as altered.
        var evidence = Path.Combine(workflow.Artifacts, "evidence-Test", "evidence-part.json");
        var original = File.ReadAllText(evidence);
        File.WriteAllText(evidence, original.Replace("12 of 12 tests passed", "12 of 12 tests passed, honestly", StringComparison.Ordinal));
        var edited = await workflow.RunAsync(fanIn, done, Path.Combine(_work, "run", "jobs", "edited"));
        Assert.False(edited.Succeeded, edited.Log);
        Assert.Contains(FanInReports.Decisions(FanInReports.Report(Path.Combine(edited.Folder, "artifacts", "readiness"))), d =>
            d is { Id: "testing.all-tests-passing", Status: "error" } && d.Reason.StartsWith("evidence of job evidence_test was altered after it was written", StringComparison.Ordinal));

        // Edited with its digest recomputed: the digest the job recorded through the CI still refuses it.
        var forged = JsonNode.Parse(original)!.AsObject();
        forged["commit"] = new string('0', 40);
        forged[ReportDigest.Field] = ReportDigest.Of(forged);
        File.WriteAllText(evidence, forged.ToJsonString());
        var reDigested = await workflow.RunAsync(fanIn, done, Path.Combine(_work, "run", "jobs", "redigested"));
        Assert.False(reDigested.Succeeded, reDigested.Log);
        Assert.Contains(FanInReports.Decisions(FanInReports.Report(Path.Combine(reDigested.Folder, "artifacts", "readiness"))), d =>
            d is { Id: "testing.all-tests-passing", Status: "error" } && d.Reason.StartsWith("evidence of job evidence_test is not what the job recorded", StringComparison.Ordinal));
    }

    private static IEnumerable<string> ItemIds(JsonObject report) => report["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>());

    private void Write(string relative, string content)
    {
        var path = Path.Combine(Repository, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    [Fact]
    public async Task The_fanned_out_gitlab_pipeline_passes_gitlabs_ci_schema_with_its_parts_before_the_fan_in()
    {
        using var run = new Pipeline.Tests.Support.BuildRun();
        var (exit, output) = await run.Run<FanOut.FanOutGenerationTests.FanOutGateBuild>(["--generate-configuration", "--no-logo"]);
        Assert.True(exit == 0, output);
        GitRepository.Init(run.Root);

        var (validExit, validOutput) = await ScriptRunner.Run(run.Root, validators.GitLabCiLocal, ["--list"]);

        Assert.True(validExit == 0, validOutput);
        Assert.Contains("json schema validated", validOutput, StringComparison.Ordinal);
        Assert.Matches(@"evidence_checksecrets\s+evidence\s+on_success", validOutput);
        Assert.Matches(@"gate\s+test\s+always\s+.*\[evidence_checksecrets,evidence_test\]", validOutput);
    }

    [Fact]
    public async Task A_gitlab_pipeline_with_partitioned_tests_passes_gitlabs_ci_schema_with_a_job_per_partition()
    {
        using var run = new Pipeline.Tests.Support.BuildRun();
        var (exit, output) = await run.Run<FanOut.FanOutGenerationTests.PartitionedTestsBuild>(["--generate-configuration", "--no-logo"]);
        Assert.True(exit == 0, output);
        GitRepository.Init(run.Root);

        var (validExit, validOutput) = await ScriptRunner.Run(run.Root, validators.GitLabCiLocal, ["--list"]);

        Assert.True(validExit == 0, validOutput);
        Assert.Contains("json schema validated", validOutput, StringComparison.Ordinal);
        Assert.Matches(@"evidence_coverage_test_3of3\s+evidence\s+on_success", validOutput);
        Assert.Matches(@"gate\s+test\s+always\s+.*\[evidence_checksecrets,evidence_coverage_test_1of3,evidence_coverage_test_2of3,evidence_coverage_test_3of3\]", validOutput);
    }

    private async Task CreateRepositoryAsync()
    {
        BuildScaffold.Write(Repository);
        Write("build/Build.cs", """
            using Pipeline;
            using Pipeline.Readiness;
            using Pipeline.Readiness.Checks;
            using Pipeline.Readiness.Components;

            [GitHubActions("gate", FanOut = true, InvokedTargets = ["Release"], CachePaths = [], ArtifactPaths = ["artifacts/readiness"])]
            class Build : PipelineBuild, IReadinessGate
            {
                public static int Main() => Execute<Build>(x => ((IReadinessGate)x).Release);

                public void ConfigureReadiness(ReadinessSetup setup)
                {
                    ChecklistItem[] kept = [Items.Testing.AllTestsPassing, Items.Testing.CoverageAcceptable, Items.Security.NoSecretsInCode, Items.Security.NoEnvFile];
                    foreach (var item in Items.All.Where(i => !kept.Contains(i)))
                        setup.Disable(item, "not part of this test");
                    var changelog = new ChecklistItem("team.changelog", ReadinessCategory.Operations, "Team", "Changelog kept", ItemBinding.Check);
                    setup.Add(changelog)
                         .Check(changelog, new ChangelogCheck())
                         .Check(Items.Testing.AllTestsPassing, new Fixed("tests", CheckResult.Passed(12, "12 of 12 tests passed")))
                         .Check(Items.Testing.CoverageAcceptable, new Fixed("coverage", CheckResult.Failed(1, "line coverage 50 % is below 80 %")));
                }
            }

            sealed class Fixed(string name, CheckResult result) : ReadinessCheck
            {
                public override string Name => name;
                public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(result);
            }

            sealed class ChangelogCheck : ReadinessCheck
            {
                public override string Name => "changelog";
                public override Task<CheckResult> RunAsync(CheckContext context) =>
                    Task.FromResult(File.Exists(Path.Combine(context.Root, "CHANGELOG.md"))
                        ? CheckResult.Passed(1, $"CHANGELOG.md has {File.ReadAllLines(Path.Combine(context.Root, "CHANGELOG.md")).Length} lines")
                        : CheckResult.Failed(1, "CHANGELOG.md is missing"));
            }
            """);
        Write("CHANGELOG.md", "# Changes\n\n- 1.2.3: first release\n");
        var expires = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        Write(GovernancePaths.Waivers, $"waivers:\n  - item: testing.coverage-acceptable\n    reason: pilot\n    owner: jane\n    approver: lead\n    expires: {expires}\n");
        GitRepository.Init(Repository);
        var (exit, output) = await ScriptRunner.Run(Repository, Path.Combine(Repository, "build.sh"), ["--generate-configuration", "--no-logo"]);
        Assert.True(exit == 0, output);
        var (keyExit, keyOutput) = await ScriptRunner.Run(Repository, Path.Combine(Repository, "build.sh"), ["CheckSecrets", "--no-logo"]); // creates the fingerprint key, which a team commits
        Assert.True(keyExit == 0, keyOutput);
        Assert.True(File.Exists(Path.Combine(Repository, "readiness", "secret-fingerprint.key")), keyOutput);
        GitRepository.CommitAll(Repository, "generated workflow, fingerprint key");
    }
}
