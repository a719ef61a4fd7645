using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Execution;

public sealed class ExecutorCancellationTests
{
    [Fact]
    public async Task Ctrl_C_aborts_the_running_target_skips_the_rest_and_still_runs_assured_targets()
    {
        using var cancellation = new CancellationTokenSource();
        var graph = Graph(T("Serve"), T("Report"), T("Cleanup"));
        graph.Get("Serve").Executes(async token =>
        {
            await cancellation.CancelAsync(); // stands in for Ctrl-C arriving while the target waits
            await Task.Delay(Timeout.Infinite, token);
        });
        var cleaned = false;
        graph.Get("Cleanup").AssuredAfterFailure().Executes(() => cleaned = true);

        var (result, _) = await ExecutorHarness.Run(graph, ["Serve", "Report", "Cleanup"], cancellation: cancellation.Token);

        Assert.Equal([TargetStatus.Aborted, TargetStatus.NotRun, TargetStatus.Succeeded], result.Statuses());
        Assert.Equal("the build was cancelled", result["Report"].Reason);
        Assert.True(cleaned);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public async Task Cancellation_between_actions_aborts_before_the_next_action()
    {
        using var cancellation = new CancellationTokenSource();
        var secondRan = false;
        var graph = Graph(T("Deploy"));
        graph.Get("Deploy").Executes(() => cancellation.Cancel()).Executes(() => secondRan = true);

        var (result, _) = await ExecutorHarness.Run(graph, ["Deploy"], cancellation: cancellation.Token);

        Assert.Equal(TargetStatus.Aborted, result["Deploy"].Status);
        Assert.False(secondRan);
    }

    [Fact]
    public async Task An_operation_cancelled_for_another_reason_is_a_failure_not_an_abort()
    {
        var graph = Graph(T("Fetch"));
        graph.Get("Fetch").Executes(() => throw new TaskCanceledException("HTTP request timed out"));

        var (result, _) = await ExecutorHarness.Run(graph, ["Fetch"]);

        Assert.Equal(TargetStatus.Failed, result["Fetch"].Status);
    }
}
