using Pipeline.Tests.Support;

namespace Pipeline.Tests.Execution;

/// <summary>A target declared with <c>SkipWhenUnchanged(inputs, outputs)</c>, run in-process in a real git work tree:
/// skipped as up to date only while its input files (as git sees them), the parameters and its outputs are as after
/// its last success; any change, a failed run, or no git runs it again.</summary>
public sealed class SkipWhenUnchangedTests : IDisposable
{
    private readonly BuildRun _run = new();

    public SkipWhenUnchangedTests()
    {
        Git("init", "-q");
        _run.WriteFile(".gitignore", "*.tmp\nout/\nruns.log\n.nuke/temp/\n");
        _run.WriteFile("src/a.txt", "alpha");
    }

    public void Dispose() => _run.Dispose();

    private int Runs => File.Exists(Path.Combine(_run.Root, "runs.log")) ? File.ReadAllLines(Path.Combine(_run.Root, "runs.log")).Length : 0;

    private async Task<string> Generate(params string[] options)
    {
        var (exit, output) = await _run.Run<GenerateBuild>(["Generate", "--no-logo", .. options]);
        Assert.True(exit == 0 || options.Contains("--fail"), output);
        return output;
    }

    [Fact]
    public async Task An_unchanged_target_is_skipped_and_a_changed_input_untracked_file_output_or_parameter_runs_it()
    {
        await Generate();
        Assert.Equal(1, Runs);

        var second = await Generate();
        Assert.Equal(1, Runs);
        Assert.Matches(@"Generate\s+Skipped\s+// up to date: its inputs, the parameters and its outputs are as after its success at \d{4}-\d\d-\d\d", second);

        _run.WriteFile("src/scratch.tmp", "ignored by git"); // not an input
        await Generate();
        Assert.Equal(1, Runs);

        _run.WriteFile("src/a.txt", "alpha, edited");
        await Generate();
        Assert.Equal(2, Runs);
        Assert.Equal("alpha, edited|", File.ReadAllText(Path.Combine(_run.Root, "out", "result.txt")));

        _run.WriteFile("src/b.txt", "beta"); // untracked, not ignored: an input
        await Generate();
        Assert.Equal(3, Runs);

        _run.WriteFile("out/result.txt", "tampered");
        await Generate();
        Assert.Equal(4, Runs);
        Assert.Equal("alpha, edited|beta|", File.ReadAllText(Path.Combine(_run.Root, "out", "result.txt")));

        File.Delete(Path.Combine(_run.Root, "out", "result.txt"));
        await Generate();
        Assert.Equal(5, Runs);

        await Generate("--suffix", "x");
        Assert.Equal(6, Runs);
        await Generate("--suffix", "x");
        Assert.Equal(6, Runs);
    }

    [Fact]
    public async Task A_failed_run_forgets_the_last_success_and_a_secret_is_never_written()
    {
        await Generate("--token", "s3cr3t-token-value");
        var failed = await Generate("--token", "s3cr3t-token-value", "--fail", "true");
        Assert.Contains("Target 'Generate' failed: asked to fail", failed, StringComparison.Ordinal);
        Assert.Equal(2, Runs);

        await Generate("--token", "s3cr3t-token-value"); // the inputs of the first success, but that record is gone
        Assert.Equal(3, Runs);
        await Generate("--token", "another-token-value"); // a secret counts as set or not, not by value
        Assert.Equal(3, Runs);

        var records = Directory.GetFiles(Path.Combine(_run.Root, ".nuke", "temp", "targets"));
        Assert.Equal("Generate.json", Path.GetFileName(Assert.Single(records)));
        Assert.DoesNotContain("s3cr3t", File.ReadAllText(records[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_a_git_work_tree_the_target_always_runs_and_says_why()
    {
        Directory.Delete(Path.Combine(_run.Root, ".git"), recursive: true);
        await Generate();
        var second = await Generate();

        Assert.Equal(2, Runs);
        Assert.Contains("Target 'Generate' runs: whether it is up to date cannot be told, as git cannot list its inputs", second, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/etc")]
    [InlineData("../elsewhere")]
    [InlineData("")]
    public void A_path_outside_the_root_is_refused_at_definition(string path) =>
        Assert.Contains("must be relative to the root, without '..'", Assert.Throws<ArgumentException>(() => new Pipeline.Definition.TargetDefinition("Generate").SkipWhenUnchanged([path], ["out"])).Message, StringComparison.Ordinal);

    private void Git(params string[] arguments)
    {
        using var git = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("git", arguments) { WorkingDirectory = _run.Root, RedirectStandardOutput = true, RedirectStandardError = true })!;
        git.WaitForExit();
        Assert.Equal(0, git.ExitCode);
    }

    public sealed class GenerateBuild : PipelineBuild
    {
        [Parameter("Appended to the result")]
        public string? Suffix { get; set; }

        [Parameter("Makes the target throw")]
        public bool Fail { get; set; }

        [Parameter("A credential the target would use"), Secret]
        public string? Token { get; set; }

        public Target Generate => _ => _
            .SkipWhenUnchanged(["src"], ["out"])
            .Executes(() =>
            {
                File.AppendAllText(Path.Combine(RootDirectory, "runs.log"), $"run {Token?.Length}\n");
                if (Fail)
                {
                    throw new InvalidOperationException("asked to fail");
                }

                var text = string.Concat(Directory.GetFiles(Path.Combine(RootDirectory, "src"), "*.txt").Order(StringComparer.Ordinal).Select(f => File.ReadAllText(f) + "|")) + Suffix;
                Directory.CreateDirectory(Path.Combine(RootDirectory, "out"));
                File.WriteAllText(Path.Combine(RootDirectory, "out", "result.txt"), text);
            });
    }
}
