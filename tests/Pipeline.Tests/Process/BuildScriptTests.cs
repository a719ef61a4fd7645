namespace Pipeline.Tests.Process;

/// <summary>Runs the real <c>build.sh</c> on a temporary build project: bootstrap, compile, run, exit codes.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class BuildScriptTests(TemporaryBuildRepository repository) : IClassFixture<TemporaryBuildRepository>
{
    private Task<(int ExitCode, string Output)> BuildSh(string[] args, Dictionary<string, string>? environment = null, Func<int, Task>? whileRunning = null) =>
        ScriptRunner.Run(repository.Root, Path.Combine(repository.Root, "build.sh"), args, environment, whileRunning);

    [Fact]
    public async Task Help_exits_0_and_lists_the_targets()
    {
        var (exit, output) = await BuildSh(["--help"]);

        Assert.True(exit == 0, output);
        Assert.Contains("Hello (default)", output);
        Assert.Contains("Says hello", output);
        Assert.Contains("Fail", output);
        Assert.Contains("--token <value>", output);
    }

    [Fact]
    public async Task Unknown_target_exits_2_and_names_the_available_targets()
    {
        var (exit, output) = await BuildSh(["Deploy"]);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown target 'Deploy'. Available targets: Hello, Fail, Echo, Wait, Cleanup.", output);
    }

    [Fact]
    public async Task Failing_target_exits_1_and_the_summary_shows_failed()
    {
        var (exit, output) = await BuildSh(["Fail", "--no-logo"]);

        Assert.Equal(1, exit);
        Assert.Contains("hello from the build", output);
        Assert.Matches(@"Fail\s+Failed\s+.*// deliberate failure", output);
        Assert.Contains("Build failed.", output);
    }

    [Fact]
    public async Task Default_target_runs_and_exits_0()
    {
        var (exit, output) = await BuildSh(["--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Matches(@"Hello\s+Succeeded", output);
    }

    [Fact]
    public async Task A_secret_from_the_environment_is_masked_in_child_process_and_console_output()
    {
        const string secret = "ghp_0123456789abcdefSECRET";

        var (exit, output) = await BuildSh(["Echo"], new() { ["TOKEN"] = secret });

        Assert.True(exit == 0, output.Replace(secret, "<leaked>", StringComparison.Ordinal));
        Assert.Contains("child printed ***", output);
        Assert.Contains("console printed ***", output);
        Assert.DoesNotContain(secret, output);
    }

    [Fact]
    public async Task A_program_committed_at_the_root_never_runs_instead_of_the_tool_on_PATH()
    {
        var impostor = Path.Combine(repository.Root, "sh");
        var marker = Path.Combine(repository.Root, "impostor-ran");
        File.WriteAllText(impostor, $"#!/bin/sh\ntouch {marker}\necho impostor\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(impostor, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        try
        {
            var (exit, output) = await BuildSh(["Echo"], new() { ["TOKEN"] = "x" });

            Assert.True(exit == 0, output);
            Assert.Contains("child printed", output);
            Assert.False(File.Exists(marker), output);
        }
        finally
        {
            File.Delete(impostor);
            File.Delete(marker);
        }
    }

    [Fact]
    public async Task Ctrl_C_aborts_the_running_target_runs_assured_targets_and_exits_1()
    {
        var marker = Path.Combine(repository.Root, "waiting");
        File.Delete(marker);

        // setsid gives the build its own process group, so SIGINT reaches it the way a terminal's Ctrl-C does; env
        // restores SIGINT's default, which a test run started in the background by a shell inherits as ignored.
        var (exit, output) = await ScriptRunner.Run(repository.Root, "setsid", ["env", "--default-signal=INT", "./build.sh", "Cleanup", "--no-logo"], whileRunning: async pid =>
        {
            using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
            while (!File.Exists(marker))
            {
                await Task.Delay(100, limit.Token);
            }

            using var kill = System.Diagnostics.Process.Start("kill", ["-INT", "--", $"-{pid}"]);
            await kill.WaitForExitAsync(limit.Token);
        });

        Assert.Equal(1, exit);
        Assert.Matches(@"Wait\s+Aborted", output);
        Assert.Contains("cleanup ran", output);
        Assert.Matches(@"Cleanup\s+Succeeded", output);
    }

    [Fact]
    public async Task Missing_sdk_that_cannot_be_downloaded_is_a_clear_error()
    {
        var root = Directory.CreateTempSubdirectory("pipeline-nosdk-").FullName;
        try
        {
            File.Copy(Path.Combine(repository.Root, "build.sh"), Path.Combine(root, "build.sh"));
            File.WriteAllText(Path.Combine(root, "global.json"), """{ "sdk": { "version": "99.0.100", "rollForward": "disable" } }""");

            var (exit, output) = await ScriptRunner.Run(root, Path.Combine(root, "build.sh"), ["--help"],
                new Dictionary<string, string> { ["PIPELINE_DOTNET_INSTALL_URL"] = "http://127.0.0.1:9/dotnet-install.sh" });

            Assert.Equal(1, exit);
            Assert.Contains("no .NET SDK satisfying", output);
            Assert.Contains("could not be", output);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
