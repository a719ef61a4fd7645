using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.FanOut;

/// <summary>What a fanned-out declaration generates from the build's registrations: one job per part (each part's
/// checks in it only), its digest as the job's output, and the final job deciding from the downloaded evidence with
/// the digests; the Evidence target names the parts when asked for one that does not exist.</summary>
public sealed class FanOutGenerationTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    [GitHubActions("gate", FanOut = true, InvokedTargets = ["Release"], ImportSecrets = ["PublishApiKey"], CachePaths = [])]
    [GitLabCi("gate", FanOut = true, InvokedTargets = ["Release"], ImportSecrets = ["PublishApiKey"], CachePaths = [], OnPullRequest = false)]
    [AzurePipelines("gate", FanOut = true, InvokedTargets = ["Release"], ImportSecrets = ["PublishApiKey"], CachePaths = [], OnPullRequest = false)]
    public sealed class FanOutGateBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            ChecklistItem[] kept = [Items.Testing.AllTestsPassing, Items.Security.NoSecretsInCode, Items.Security.NoEnvFile, Items.Operations.RollbackTested];
            foreach (var item in Items.All.Where(i => !kept.Contains(i)))
            {
                setup.Disable(item, "outside this test");
            }

            setup.Check(Items.Testing.AllTestsPassing, new PassingTests());
        }
    }

    /// <summary>The tests and the coverage check read one test run: their parts are one, so it runs once.</summary>
    public sealed class SharedTestRunBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup) => Configure(setup);

        internal void Configure(ReadinessSetup setup)
        {
            ChecklistItem[] kept = [Items.Testing.AllTestsPassing, Items.Testing.CoverageAcceptable, Items.Security.NoSecretsInCode, Items.Security.NoEnvFile];
            foreach (var item in Items.All.Where(i => !kept.Contains(i)))
            {
                setup.Disable(item, "outside this test");
            }

            var tests = new DotNetTestRun(new DotNetCodeOptions());
            foreach (var (item, check) in CodeTestChecks.For(tests).Append(CodeTestChecks.Coverage(tests)))
            {
                setup.Check(item, check);
            }
        }
    }

    /// <summary>The shared test run split across three runners.</summary>
    [GitHubActions("gate", FanOut = true, InvokedTargets = ["Readiness"], CachePaths = [])]
    [GitLabCi("gate", FanOut = true, InvokedTargets = ["Readiness"], CachePaths = [], OnPullRequest = false)]
    [AzurePipelines("gate", FanOut = true, InvokedTargets = ["Readiness"], CachePaths = [], OnPullRequest = false)]
    public sealed class PartitionedTestsBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            new SharedTestRunBuild().Configure(setup);
            setup.TestPartitions = 3;
        }
    }

    private sealed class PassingTests : ReadinessCheck
    {
        public override string Name => "tests";

        public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "1 of 1 tests passed"));
    }

    [Fact]
    public async Task The_workflow_has_a_job_per_part_and_a_fan_in_that_decides_from_their_evidence_and_digests()
    {
        var (exit, output) = await _run.Run<FanOutGateBuild>(["--generate-configuration", "--no-logo"]);

        Assert.True(exit == 0, output);
        var workflow = File.ReadAllText(Path.Combine(_run.Root, ".github", "workflows", "gate.yml"));
        Assert.Contains("""
              evidence_checksecrets:
                runs-on: ubuntu-latest
                outputs:
                  digest: ${{ steps.evidence.outputs.digest }}
                steps:
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: 0
                  - id: evidence
                    run: ./build.sh Evidence --evidence-part CheckSecrets
                    env:
                      PUBLISH_API_KEY: ${{ secrets.PUBLISH_API_KEY }}
                  - uses: actions/upload-artifact@v4
                    if: always()
                    with:
                      name: evidence-CheckSecrets
                      path: artifacts/readiness/scoped/CheckSecrets
                      if-no-files-found: ignore

            """.ReplaceLineEndings("\n"), workflow, StringComparison.Ordinal);
        Assert.Contains("run: ./build.sh Evidence --evidence-part Test\n", workflow, StringComparison.Ordinal);
        Assert.Contains("""
              gate:
                needs:
                  - evidence_checksecrets
                  - evidence_test
                if: ${{ !cancelled() }}
                runs-on: ubuntu-latest
                steps:
                  - uses: actions/checkout@v4
                    with:
                      fetch-depth: 0
                  - uses: actions/download-artifact@v4
                    with:
                      pattern: evidence-*
                      path: artifacts/readiness/received
                  - run: ./build.sh Release --evidence-from artifacts/readiness/received
                    env:
                      PUBLISH_API_KEY: ${{ secrets.PUBLISH_API_KEY }}
                      EVIDENCE_DIGESTS: 'CheckSecrets=${{ needs.evidence_checksecrets.outputs.digest }};Test=${{ needs.evidence_test.outputs.digest }}'

            """.ReplaceLineEndings("\n"), workflow, StringComparison.Ordinal);
        Assert.Equal(2, workflow.Split("--evidence-part").Length - 1); // no part for the attestation: the fan-in decides it from the repository's files
    }

    [Fact]
    public async Task GitLab_and_Azure_pipelines_fan_out_alike_with_their_own_channels_for_artifacts_and_digests()
    {
        var (exit, output) = await _run.Run<FanOutGateBuild>(["--generate-configuration", "--no-logo"]);

        Assert.True(exit == 0, output);
        var gitlab = File.ReadAllText(Path.Combine(_run.Root, ".gitlab-ci.yml"));
        var azure = File.ReadAllText(Path.Combine(_run.Root, ".azure-pipelines", "gate.yml"));
        Assert.Contains("""
            stages:
              - evidence
              - test
            evidence_checksecrets:
              stage: evidence
            """.ReplaceLineEndings("\n"), gitlab, StringComparison.Ordinal);
        Assert.Contains("""
              script:
                - ./build.sh Evidence --evidence-part Test
              artifacts:
                when: always
                paths:
                  - artifacts/readiness/scoped/Test
                reports:
                  dotenv: artifacts/readiness/digest-Test.env
            gate:
              stage: test
              needs:
                - evidence_checksecrets
                - evidence_test
              image: 'mcr.microsoft.com/dotnet/sdk:10.0'
              rules:
                - if: '$CI_COMMIT_BRANCH == "main"'
                  when: always
            """.ReplaceLineEndings("\n"), gitlab, StringComparison.Ordinal);
        Assert.EndsWith("""
                - 'EVIDENCE_DIGESTS="CheckSecrets=$EVIDENCE_DIGEST_CHECKSECRETS;Test=$EVIDENCE_DIGEST_TEST" ./build.sh Release --evidence-from artifacts/readiness/scoped'

            """.ReplaceLineEndings("\n"), gitlab, StringComparison.Ordinal); // GitLab restores each job's artifacts where it wrote them

        Assert.Contains("""
              - job: evidence_checksecrets
                steps:
                  - checkout: self
                    fetchDepth: '0'
                  - script: ./build.sh Evidence --evidence-part CheckSecrets
                    name: evidence
            """.ReplaceLineEndings("\n"), azure, StringComparison.Ordinal);
        Assert.Contains("""
              - job: gate
                dependsOn:
                  - evidence_checksecrets
                  - evidence_test
                condition: not(canceled())
                variables:
                  EVIDENCE_DIGEST_CHECKSECRETS: '$[ dependencies.evidence_checksecrets.outputs[''evidence.digest''] ]'
                  EVIDENCE_DIGEST_TEST: '$[ dependencies.evidence_test.outputs[''evidence.digest''] ]'
            """.ReplaceLineEndings("\n"), azure, StringComparison.Ordinal);
        Assert.Contains("""
                  - task: DownloadPipelineArtifact@2
                    inputs:
                      buildType: current
                      itemPattern: 'evidence-*/**'
                      targetPath: '$(Build.SourcesDirectory)/artifacts/readiness/received'
                  - script: ./build.sh Release --evidence-from artifacts/readiness/received
                    displayName: ./build.sh Release --evidence-from artifacts/readiness/received
                    env:
                      PUBLISH_API_KEY: $(PUBLISH_API_KEY)
                      EVIDENCE_DIGESTS: 'CheckSecrets=$(EVIDENCE_DIGEST_CHECKSECRETS);Test=$(EVIDENCE_DIGEST_TEST)'
            """.ReplaceLineEndings("\n"), azure, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Checks_that_read_one_shared_run_are_one_part()
    {
        var (exit, output) = await _run.Run<SharedTestRunBuild>(["Evidence", "--evidence-part", "Test", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("'Test' is not a part of this build's checklist; its parts are: CheckSecrets, Coverage-Test", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Partitioned_tests_are_a_job_per_partition_whose_digests_the_fan_in_verifies()
    {
        var (exit, output) = await _run.Run<PartitionedTestsBuild>(["--generate-configuration", "--no-logo"]);

        Assert.True(exit == 0, output);
        var workflow = File.ReadAllText(Path.Combine(_run.Root, ".github", "workflows", "gate.yml"));
        foreach (var k in new[] { 1, 2, 3 })
        {
            Assert.Contains($"  evidence_coverage_test_{k}of3:\n", workflow, StringComparison.Ordinal);
            Assert.Contains($"run: ./build.sh Evidence --evidence-part Coverage-Test --partition {k}/3\n", workflow, StringComparison.Ordinal);
            Assert.Contains($"name: evidence-Coverage-Test-{k}of3\n", workflow, StringComparison.Ordinal);
            Assert.Contains($"path: artifacts/readiness/scoped/Coverage-Test-{k}of3\n", workflow, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("--evidence-part Coverage-Test\n", workflow, StringComparison.Ordinal); // never also whole
        var gitlab = File.ReadAllText(Path.Combine(_run.Root, ".gitlab-ci.yml"));
        var azure = File.ReadAllText(Path.Combine(_run.Root, ".azure-pipelines", "gate.yml"));
        Assert.Contains("""
              script:
                - ./build.sh Evidence --evidence-part Coverage-Test --partition 2/3
              artifacts:
                when: always
                paths:
                  - artifacts/readiness/scoped/Coverage-Test-2of3
                reports:
                  dotenv: artifacts/readiness/digest-Coverage-Test-2of3.env
            """.ReplaceLineEndings("\n"), gitlab, StringComparison.Ordinal);
        Assert.Contains("Coverage-Test-3of3=$EVIDENCE_DIGEST_COVERAGE_TEST_3OF3", gitlab, StringComparison.Ordinal);
        Assert.Contains("- job: evidence_coverage_test_1of3\n", azure, StringComparison.Ordinal);
        Assert.Contains("Coverage-Test-1of3=$(EVIDENCE_DIGEST_COVERAGE_TEST_1OF3)", azure, StringComparison.Ordinal);
        Assert.Contains("""
                      EVIDENCE_DIGESTS: 'CheckSecrets=${{ needs.evidence_checksecrets.outputs.digest }};Coverage-Test-1of3=${{ needs.evidence_coverage_test_1of3.outputs.digest }};Coverage-Test-2of3=${{ needs.evidence_coverage_test_2of3.outputs.digest }};Coverage-Test-3of3=${{ needs.evidence_coverage_test_3of3.outputs.digest }}'
            """.ReplaceLineEndings("\n"), workflow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partition_of_a_part_that_runs_no_tests_fails_naming_the_parts_that_do()
    {
        var (exit, output) = await _run.Run<PartitionedTestsBuild>(["Evidence", "--evidence-part", "CheckSecrets", "--partition", "1/3", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("--partition 1/3: part CheckSecrets runs no tests, so it cannot be partitioned (the parts that do: Coverage-Test)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_partition_whose_tests_cannot_run_keeps_why_for_the_fan_in_and_fails()
    {
        var (exit, output) = await _run.Run<PartitionedTestsBuild>(["Test", "--partition", "2/3", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("Coverage-Test partition 2/3 (.NET): the test projects could not be listed: no solution or project at the root", output, StringComparison.Ordinal);
        var (evidence, content) = PartEvidenceJson.Read(File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "scoped", "Coverage-Test-2of3", PartEvidenceJson.FileName)));
        Assert.Equal((new TestPartition(2, 3), content), (evidence.Partition, evidence.Digest));
        Assert.Empty(evidence.Outcomes);
        Assert.StartsWith("no solution or project at the root", Assert.Single(evidence.TestRuns).NotRun[PartitionRun.All], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_for_a_part_the_build_does_not_have_fails_and_names_its_parts()
    {
        var (exit, output) = await _run.Run<FanOutGateBuild>(["Evidence", "--evidence-part", "Deploy", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("'Deploy' is not a part of this build's checklist; its parts are: CheckSecrets, Test", output, StringComparison.Ordinal);
    }
}
