using Pipeline.Tests.Support;

namespace Pipeline.Tests.Definition;

public sealed class BuildSessionTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Default_target_runs_with_dependencies_and_component_targets()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["--no-logo"], x => x.Compile);

        Assert.Equal(0, exit);
        Assert.Contains("linting", output);
        Assert.Contains("Compiling Debug", output);
        Assert.Contains("Build succeeded.", output);
    }

    [Fact]
    public async Task Help_lists_targets_with_dependencies_default_and_parameters_but_not_unlisted_ones()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["--help"], x => x.Compile);

        Assert.Equal(0, exit);
        Assert.Matches(@"Compile \(default\)\s+-> Restore, Lint", output);
        Assert.Contains("Restores packages", output);
        Assert.Contains("--configuration <value>", output);
        Assert.Contains("one of: Debug, Release", output);
        Assert.Contains("--api-key <value>", output);
        Assert.DoesNotContain("Hidden", output);
    }

    [Fact]
    public async Task No_target_and_no_default_prints_help()
    {
        var (exit, output) = await _run.Run<SampleBuild>([]);

        Assert.Equal(0, exit);
        Assert.Contains("Usage: ./build.sh", output);
    }

    [Fact]
    public async Task Unknown_target_exits_2_naming_the_available_targets()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Deploy"]);

        Assert.Equal(2, exit);
        Assert.Contains("Unknown target 'Deploy'. Available targets: Restore, Compile, Publish, Lint.", output);
    }

    [Fact]
    public async Task Failing_target_exits_1_and_the_summary_shows_failed()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Compile", "--break"]);

        Assert.Equal(1, exit);
        Assert.Matches(@"Compile\s+Failed", output);
        Assert.Contains("Build failed.", output);
    }

    [Fact]
    public async Task Missing_requirement_exits_2_before_anything_runs()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Publish"]);

        Assert.Equal(2, exit);
        Assert.Contains("Target 'Publish' requires: parameter --api-key must be set.", output);
        Assert.DoesNotContain("linting", output);
    }

    [Fact]
    public async Task Invalid_graph_reports_every_problem_and_exits_2()
    {
        var (exit, output) = await _run.Run<BrokenBuild>(["A"]);

        Assert.Equal(2, exit);
        Assert.Contains("Circular dependency: A -> B -> A.", output);
        Assert.Contains("Target 'C' refers to", output);
    }

    [Fact]
    public async Task Plan_prints_the_order_and_writes_a_mermaid_graph()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Compile", "--plan", "--skip", "Restore"]);

        Assert.Equal(0, exit);
        Assert.Matches(@"1\. Restore \(skipped: skipped by --skip\)\s+2\. Lint\s+3\. Compile \(invoked\)", output);
        var graph = await File.ReadAllTextAsync(Path.Combine(_run.Root, ".nuke", "temp", "plan.md"));
        Assert.Contains("```mermaid", graph);
        Assert.Contains("Restore --> Compile", graph);
        Assert.Contains("Lint --> Compile", graph);
    }

    [Fact]
    public async Task Schema_is_generated_from_targets_and_parameters()
    {
        await _run.Run<SampleBuild>(["--help"]);

        var schema = await File.ReadAllTextAsync(Path.Combine(_run.Root, ".nuke", "build.schema.json"));
        Assert.Contains("\"Configuration\"", schema);
        Assert.Contains("\"Release\"", schema);
        Assert.Contains("\"Publish\"", schema);
    }

    [Fact]
    public async Task Schema_is_written_again_when_the_file_was_removed_or_edited_and_left_alone_otherwise()
    {
        var path = Path.Combine(_run.Root, ".nuke", "build.schema.json");
        await _run.Run<SampleBuild>(["--help"]);
        var written = File.GetLastWriteTimeUtc(path);
        var generated = await File.ReadAllTextAsync(path);

        await _run.Run<SampleBuild>(["--help"]);
        var untouched = File.GetLastWriteTimeUtc(path);
        File.Delete(path);
        await _run.Run<SampleBuild>(["--help"]);
        var recreated = await File.ReadAllTextAsync(path);
        await File.WriteAllTextAsync(path, "{}");
        await _run.Run<SampleBuild>(["--help"]);

        Assert.Equal(written, untouched);
        Assert.Equal(generated, recreated);
        Assert.Equal(generated, await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task Several_targets_can_be_invoked_with_plus()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["--target", "Lint+Restore", "--no-logo"]);

        Assert.Equal(0, exit);
        Assert.True(output.IndexOf("── Lint", StringComparison.Ordinal) < output.IndexOf("── Restore", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bad_verbosity_is_invalid_usage()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Compile", "--verbosity", "loud"]);

        Assert.Equal(2, exit);
        Assert.Contains("'loud' is not a valid verbosity", output);
    }

    [Fact]
    public async Task Quiet_verbosity_hides_information_lines_but_keeps_the_summary()
    {
        var (exit, output) = await _run.Run<SampleBuild>(["Compile", "--verbosity", "quiet"]);

        Assert.Equal(0, exit);
        Assert.DoesNotContain("Compiling Debug", output);
        Assert.Contains("Build succeeded.", output);
    }
}
