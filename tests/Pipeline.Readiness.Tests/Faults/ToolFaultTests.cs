using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

// The impostors are shell scripts: these cases are about Unix machines.

/// <summary>Tools come from PATH only, and the evidence names the program that ran (issue item 5).</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ToolFaultTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-tools-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public Task A_git_committed_in_the_repository_under_check_never_runs_and_the_evidence_names_the_real_one() =>
        FaultLedger.Case("tools: an executable 'git' at the repository root", FaultKind.FailOpen, async () =>
        {
            File.WriteAllText(Path.Combine(_root, "README.md"), "# service\n");
            GitRepository.Init(_root);
            var impostor = Path.Combine(_root, "git");
            File.WriteAllText(impostor, $"#!/bin/sh\ntouch {_root}/impostor-ran\necho 0123456789abcdef0123456789abcdef01234567\n");
            File.SetUnixFileMode(impostor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            GitRepository.CommitAll(_root, "an impostor");

            var outcome = await CheckRunner.RunAsync(new SecretScanCheck(new SecretScanOptions()),
                new CheckContext(Items.Security.NoSecretsInCode, _root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None), new SecretMasker());

            Assert.False(File.Exists(Path.Combine(_root, "impostor-ran")));
            var git = Assert.Single(outcome.Processes);
            Assert.True(Path.IsPathFullyQualified(git.Executable) && Path.GetFileName(git.Executable) == "git" && !git.Executable.StartsWith(_root, StringComparison.Ordinal), git.Executable);
            Assert.StartsWith("git ls-files", git.CommandLine);
        });

    [Fact]
    public Task A_tool_missing_from_PATH_is_a_clear_error_not_a_lookup_in_the_working_directory() =>
        FaultLedger.Case("tools: a tool missing from PATH", FaultKind.FailOpen, async () =>
        {
            var impostor = Path.Combine(_root, "pipeline-missing-tool");
            File.WriteAllText(impostor, "#!/bin/sh\necho ran\n");
            File.SetUnixFileMode(impostor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

            var failure = await Assert.ThrowsAsync<ProcessFailedException>(() => new ProcessRunner().RunAsync(
                new ProcessSpec("pipeline-missing-tool", []) { WorkingDirectory = _root, Environment = new Dictionary<string, string?> { ["PATH"] = ".:bin:/usr/bin" } }));

            Assert.Contains("'pipeline-missing-tool' was not found on PATH (its absolute directories; the working directory is never searched)", failure.Message);
        });
}
