using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Hostile trees: directory links that loop, FIFOs, and links out of the repository (issue item 10). Real
/// links and FIFOs in temporary folders; nothing may hang, and nothing outside the root may be read.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class HostileFileFaultTests : IDisposable
{
    private const string GitHubToken = "ghp_Zq8LmN2pR4sT6vX8yB1cD3eF5gH7jK9mN0pQ"; // pipeline:allow fake, for the scanner tests
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-hostile-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("pipeline-outside-").FullName;

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    private void Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private void LoopsAndFifo()
    {
        Write("src/App.cs", $"const string Token = \"{GitHubToken}\";\n");
        Write("docs/readme.md", "# docs\n");
        File.CreateSymbolicLink(Path.Combine(_root, "loop"), ".");
        Directory.CreateSymbolicLink(Path.Combine(_root, "docs", "up"), "..");
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_root, "src", "pipe")]);
        mkfifo.WaitForExit();
    }

    [Fact]
    public Task Looping_directory_links_and_a_FIFO_do_not_hang_the_walk_or_the_scan_outside_git() =>
        FaultLedger.Case("hostile: ln -s . loop, ln -s .. docs/up and a FIFO in a non-git root", FaultKind.Crash, async () =>
        {
            LoopsAndFifo();

            var files = RepositoryTree.Files(_root);
            var matched = RepositoryFiles.Matching(_root, ["**/*.md"]);
            var result = await CheckRuns.RunAsync(new SecretScanCheck(new SecretScanOptions()), Items.Security.NoSecretsInCode, _root);

            Assert.Equal(["docs/readme.md", "src/App.cs"], files);
            Assert.Equal([Path.Combine(_root, "docs", "readme.md")], matched);
            Assert.Equal(CheckStatus.Failed, result.Status);
            Assert.Equal("src/App.cs", Assert.Single(result.Findings).File);
            Assert.Equal(1, SourceFiles.Count(_root));
            Assert.Empty(MigrationProjects.Find(_root));
        }, TimeSpan.FromSeconds(60));

    [Fact]
    public Task Looping_links_and_a_FIFO_in_a_git_repository_do_not_hang_the_scan() =>
        FaultLedger.Case("hostile: looping links and a FIFO in a git repository", FaultKind.Crash, async () =>
        {
            LoopsAndFifo();
            GitRepository.Init(_root);

            var result = await CheckRuns.RunAsync(new SecretScanCheck(new SecretScanOptions()), Items.Security.NoSecretsInCode, _root);

            Assert.Equal(CheckStatus.Failed, result.Status);
            Assert.Equal("src/App.cs", Assert.Single(result.Findings).File);
        }, TimeSpan.FromSeconds(60));

    [Fact]
    public Task A_tracked_file_that_became_a_FIFO_is_not_examined_and_makes_the_scan_an_error() =>
        FaultLedger.Case("hostile: a file git tracks is a FIFO in the working tree", FaultKind.FailOpen, async () =>
        {
            Write("config/settings.yaml", "name: orders\n");
            GitRepository.Init(_root);
            File.Delete(Path.Combine(_root, "config", "settings.yaml"));
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(_root, "config", "settings.yaml")]))
            {
                mkfifo.WaitForExit();
            }

            var result = await CheckRuns.RunAsync(new SecretScanCheck(new SecretScanOptions()), Items.Security.NoSecretsInCode, _root);

            Assert.Equal(CheckStatus.Error, result.Status);
            Assert.StartsWith("1 file(s) could not be read, so they were not examined: config/settings.yaml (a FIFO, socket or device where git has a file)", result.Summary);
        }, TimeSpan.FromSeconds(60));

    [Fact]
    public Task A_configuration_file_linked_out_of_the_repository_is_never_read_and_blocks_as_an_error() =>
        FaultLedger.Case("hostile: deploy/production.env -> a file outside the root", FaultKind.Leak, async () =>
        {
            var shadow = Path.Combine(_outside, "shadow");
            File.WriteAllText(shadow, "ENVIRONMENT=production\nLOG_LEVEL=info\nroot-password-hash=$6$Zq8LmN2pR4sT6vX8\n");
            Directory.CreateDirectory(Path.Combine(_root, "deploy"));
            File.CreateSymbolicLink(Path.Combine(_root, "deploy", "production.env"), shadow);
            GitRepository.Init(_root);

            var setup = new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions { VerifyIssuerDiscovery = false });
            var results = await CheckRuns.RunAllAsync(setup, _root, c => c is ConfigurationRuleCheck);

            Assert.NotEmpty(results);
            Assert.All(results, r => Assert.Equal(CheckStatus.Error, r.Result.Status));
            Assert.All(results, r => Assert.Contains("deploy/production.env is a link to a file outside the repository", r.Result.Summary));
            Assert.All(results, r => Assert.DoesNotContain("Zq8LmN2pR4sT6vX8", r.Result.Summary + string.Concat(r.Result.Findings.Select(f => f.Message))));
        });

    [Fact]
    public Task A_document_linked_out_of_the_repository_does_not_count_as_the_runbook() =>
        FaultLedger.Case("hostile: docs/runbook.md -> a file outside the root", FaultKind.FailOpen, async () =>
        {
            var runbook = Path.Combine(_outside, "runbook.md");
            File.WriteAllText(runbook, "# Runbook\n\n## Deployment\n\n`kubectl apply -f k8s/`\n\n## Rollback\n\n`kubectl rollout undo deployment/api`\n\n## Scaling\n\n`kubectl scale deployment/api --replicas 4`\n");
            Write("docs/runbook.md", File.ReadAllText(runbook));
            GitRepository.Init(_root);
            var setup = new ReadinessSetup().AddOperationsChecks(new OperationsOptions());
            var runbookCheck = setup.Checks.Single(c => c.Item == Items.Operations.Runbook);
            var inside = await CheckRuns.RunAsync(runbookCheck.Check, runbookCheck.Item, _root);
            File.Delete(Path.Combine(_root, "docs", "runbook.md"));
            File.CreateSymbolicLink(Path.Combine(_root, "docs", "runbook.md"), runbook);

            var linked = await CheckRuns.RunAsync(runbookCheck.Check, runbookCheck.Item, _root);

            Assert.True(inside.Status == CheckStatus.Passed, inside.Summary);
            Assert.NotEqual(CheckStatus.Passed, linked.Status);
        });
}
