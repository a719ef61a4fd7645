namespace Pipeline.Tests.Processes;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ProcessRunnerTests
{
    private readonly ProcessRunner _runner = new();

    [Fact]
    public async Task Arguments_are_passed_as_a_list_never_through_a_shell()
    {
        var result = await _runner.RunAsync(new ProcessSpec("printf", ["%s|", "two words", "$HOME", "a;b"]) { LogOutput = false });

        Assert.Equal("two words|$HOME|a;b|", result.StandardOutput.Trim());
    }

    [Fact]
    public async Task Every_output_line_reaches_the_observer_as_it_arrives_masked()
    {
        var masker = new SecretMasker();
        masker.Add("hunter22");
        var seen = new List<string>();
        var runner = new ProcessRunner(masker);

        await runner.RunAsync(new ProcessSpec("sh", ["-c", "echo out hunter22; echo err >&2"]) { LogOutput = false, OutputLine = line => { lock (seen) { seen.Add(line); } } });

        Assert.Equal(["err", "out ***"], seen.Order());
    }

    [Fact]
    public async Task Working_directory_and_environment_are_applied()
    {
        var directory = Directory.CreateTempSubdirectory().FullName;
        try
        {
            var spec = new ProcessSpec("sh", ["-c", "pwd; echo $GREETING; echo ${HOME:-unset}"])
            {
                WorkingDirectory = directory,
                Environment = new Dictionary<string, string?> { ["GREETING"] = "hello", ["HOME"] = null },
                LogOutput = false,
            };

            var lines = (await _runner.RunAsync(spec)).StandardOutput.Split('\n');

            Assert.Equal([directory, "hello", "unset"], lines[..3]);
        }
        finally
        {
            Directory.Delete(directory);
        }
    }

    [Fact]
    public async Task The_builds_environment_lies_over_the_processes_and_the_spec_over_both()
    {
        var runner = new ProcessRunner(environment: new Dictionary<string, string> { ["ENGINE"] = "unix:///build.sock", ["GREETING"] = "from the build" });
        var spec = new ProcessSpec("sh", ["-c", "echo $ENGINE; echo $GREETING; echo ${PATH:+path kept}"])
        {
            Environment = new Dictionary<string, string?> { ["GREETING"] = "from the spec" },
            LogOutput = false,
        };

        var lines = (await runner.RunAsync(spec)).StandardOutput.Split('\n');

        Assert.Equal(["unix:///build.sock", "from the spec", "path kept"], lines[..3]);
    }

    [Fact]
    public async Task A_non_zero_exit_names_command_directory_exit_code_and_stderr_tail()
    {
        var spec = new ProcessSpec("sh", ["-c", "for i in $(seq 1 30); do echo err$i >&2; done; exit 4"]) { WorkingDirectory = "/tmp", LogOutput = false };

        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(spec));

        Assert.Equal(4, error.ExitCode);
        Assert.Contains("'sh -c \"for i in", error.Message);
        Assert.Contains("exited with code 4 in '/tmp'", error.Message);
        Assert.Contains("err30", error.Message);
        Assert.Contains("err11", error.Message);
        Assert.DoesNotContain("err10\n", error.Message);
    }

    [Fact]
    public async Task A_non_zero_exit_is_returned_when_not_checked()
    {
        var result = await _runner.RunAsync(new ProcessSpec("sh", ["-c", "exit 5"]) { CheckExitCode = false });

        Assert.Equal(5, result.ExitCode);
    }

    [Fact]
    public async Task A_missing_program_is_a_clear_failure()
    {
        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(new ProcessSpec("no-such-tool-xyz", ["--version"])));

        Assert.Contains("Could not start 'no-such-tool-xyz --version'", error.Message);
    }

    [Fact]
    public async Task A_timeout_kills_the_process_tree_and_fails()
    {
        var marker = Path.Combine(Path.GetTempPath(), $"pipeline-child-{Guid.NewGuid():N}");
        var spec = new ProcessSpec("sh", ["-c", $"(sleep 3; touch {marker}) & sleep 30"]) { Timeout = TimeSpan.FromMilliseconds(300) };

        var error = await Assert.ThrowsAsync<ProcessFailedException>(() => _runner.RunAsync(spec));
        await Task.Delay(TimeSpan.FromSeconds(4));

        Assert.Contains("timed out after", error.Message);
        Assert.False(File.Exists(marker), "the grandchild should have been killed with the tree");
    }

    [Fact]
    public async Task Cancellation_kills_the_process_and_throws_operation_cancelled()
    {
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            _runner.RunAsync(new ProcessSpec("sleep", ["30"]), cancellation.Token));
    }

    [Fact]
    public async Task A_long_process_says_it_is_still_running_and_how_long_it_took_and_hidden_output_is_debug()
    {
        var sink = new LinesSink();
        var runner = new ProcessRunner() { HeartbeatInterval = TimeSpan.FromMilliseconds(200) };

        using (Log.Use(sink))
        {
            await runner.RunAsync(new ProcessSpec("sh", ["-c", "echo quiet tool output; sleep 1"]) { LogOutput = false });
        }

        Assert.Contains(sink.Lines, l => l.Level == LogLevel.Information && l.Text.StartsWith("… still running after ", StringComparison.Ordinal) && l.Text.EndsWith(": sh -c \"echo quiet tool output; sleep 1\"", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => l.Text.StartsWith("… finished after ", StringComparison.Ordinal) && l.Text.Contains("(exit code 0)", StringComparison.Ordinal));
        Assert.Contains(sink.Lines, l => (l.Level, l.Text) == (LogLevel.Debug, "quiet tool output")); // shown with --verbosity verbose only
    }

    [Fact]
    public async Task A_long_command_line_is_shortened_in_the_progress_lines_and_said_how_long_it_is()
    {
        var sink = new LinesSink();
        var runner = new ProcessRunner() { HeartbeatInterval = TimeSpan.FromMilliseconds(200) };
        var filter = string.Concat(Enumerable.Repeat("FullyQualifiedName!~Some.Namespace.SomeClass.&", 200));

        using (Log.Use(sink))
        {
            await runner.RunAsync(new ProcessSpec("sh", ["-c", "sleep 1", "sh", filter]));
        }

        var progress = sink.Lines.Where(l => l.Text.StartsWith("… still running after ", StringComparison.Ordinal) || l.Text.StartsWith("… finished after ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, l => Assert.True(l.Text.Length < 300, $"{l.Text.Length} characters: {l.Text[..80]}…"));
        var line = $"sh -c \"sleep 1\" sh {filter}";
        Assert.All(progress, l => Assert.EndsWith($": {line[..ProcessRunner.ShownCommandLine]}… ({line.Length} characters)", l.Text, StringComparison.Ordinal));
    }

    private sealed class LinesSink : Pipeline.Output.ILogSink
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public void Write(LogLevel level, string text)
        {
            lock (Lines)
            {
                Lines.Add((level, text));
            }
        }
    }
}
