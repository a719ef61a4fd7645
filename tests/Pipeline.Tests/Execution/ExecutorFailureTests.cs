using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Execution;

public sealed class ExecutorFailureTests
{
    [Fact]
    public async Task A_failure_stops_its_dependents_but_not_independent_targets()
    {
        var graph = Graph(T("Compile"), T("Lint"), T("Test", "Compile"), T("Pack", "Test"));
        graph.Get("Compile").Executes(() => throw new InvalidOperationException("CS1002: ; expected"));

        var (result, output) = await ExecutorHarness.Run(graph, ["Pack", "Lint"]);

        Assert.Equal(["Compile", "Test", "Pack", "Lint"], result.Outcomes.Select(o => o.Name));
        Assert.Equal([TargetStatus.Failed, TargetStatus.NotRun, TargetStatus.NotRun, TargetStatus.Succeeded], result.Statuses());
        Assert.Equal("CS1002: ; expected", result["Compile"].Reason);
        Assert.Equal("'Compile' failed", result["Test"].Reason);
        Assert.Equal("'Test' did not run", result["Pack"].Reason);
        Assert.False(result.Succeeded);
        Assert.Contains("Errors & Warnings", output);
        Assert.Contains("Build failed.", output);
    }

    [Fact]
    public async Task ProceedAfterFailure_lets_dependents_run_and_the_build_still_fails()
    {
        var graph = Graph(T("Check"), T("Report", "Check"));
        graph.Get("Check").ProceedAfterFailure().Executes(() => throw new InvalidOperationException("3 findings"));
        var reported = false;
        graph.Get("Report").Executes(() => reported = true);

        var (result, _) = await ExecutorHarness.Run(graph, ["Report"]);

        Assert.True(reported);
        Assert.Equal([TargetStatus.Failed, TargetStatus.Succeeded], result.Statuses());
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task AssuredAfterFailure_runs_even_when_its_dependency_failed()
    {
        var graph = Graph(T("Start"), T("Cleanup", "Start"));
        graph.Get("Start").Executes(() => throw new InvalidOperationException("boom"));
        graph.Get("Cleanup").AssuredAfterFailure().Executes(() => Log.Information("cleaned"));

        var (result, output) = await ExecutorHarness.Run(graph, ["Cleanup"]);

        Assert.Equal([TargetStatus.Failed, TargetStatus.Succeeded], result.Statuses());
        Assert.Contains("cleaned", output);
    }

    [Fact]
    public async Task A_failed_trigger_stops_the_triggered_target()
    {
        var graph = Graph(T("Pack").Triggering("Publish"), T("Publish"));
        graph.Get("Pack").Executes(() => throw new InvalidOperationException("no package"));

        var (result, _) = await ExecutorHarness.Run(graph, ["Pack"]);

        Assert.Equal([TargetStatus.Failed, TargetStatus.NotRun], result.Statuses());
    }

    [Fact]
    public async Task A_false_dynamic_condition_skips_with_its_text_and_dependents_still_run()
    {
        var graph = Graph(T("Sign"), T("Pack", "Sign"));
        var hasCertificate = false;
        graph.Get("Sign").OnlyWhenDynamic(() => hasCertificate).Executes(() => throw new InvalidOperationException("unreachable"));

        var (result, output) = await ExecutorHarness.Run(graph, ["Pack"]);

        Assert.Equal([TargetStatus.Skipped, TargetStatus.Succeeded], result.Statuses());
        Assert.Equal("condition false: () => hasCertificate", result["Sign"].Reason);
        Assert.Contains("// condition false: () => hasCertificate", output);
    }

    [Fact]
    public async Task A_dynamic_condition_that_throws_fails_the_target()
    {
        var graph = Graph(T("Deploy"));
        graph.Get("Deploy").OnlyWhenDynamic(() => throw new InvalidOperationException("cannot read state"));

        var (result, _) = await ExecutorHarness.Run(graph, ["Deploy"]);

        Assert.Equal(TargetStatus.Failed, result["Deploy"].Status);
        Assert.Equal("cannot read state", result["Deploy"].Reason);
    }

    [Fact]
    public async Task A_statically_skipped_target_counts_as_success_for_its_dependents()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"));
        graph.Get("Restore").OnlyWhenStatic(() => false);

        var (result, _) = await ExecutorHarness.Run(graph, ["Compile"]);

        Assert.Equal([TargetStatus.Skipped, TargetStatus.Succeeded], result.Statuses());
        Assert.True(result.Succeeded);
    }
}
