using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Execution;

public sealed class ExecutorRunTests
{
    [Fact]
    public async Task Actions_run_in_plan_order_and_each_target_in_declaration_order()
    {
        var calls = new List<string>();
        var graph = Graph(T("Restore"), T("Compile", "Restore"));
        graph.Get("Restore").Executes(() => calls.Add("restore"));
        graph.Get("Compile").Executes(() => calls.Add("compile 1")).Executes(() => calls.Add("compile 2"));

        var (result, _) = await ExecutorHarness.Run(graph, ["Compile"]);

        Assert.Equal(["restore", "compile 1", "compile 2"], calls);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public async Task Async_actions_are_awaited_before_the_next_target_starts()
    {
        var done = false;
        var seenByNext = false;
        var graph = Graph(T("Download"), T("Use", "Download"));
        graph.Get("Download").Executes(async () =>
        {
            await Task.Delay(50);
            await Task.Yield();
            done = true;
        });
        graph.Get("Use").Executes(() => seenByNext = done);

        await ExecutorHarness.Run(graph, ["Use"]);

        Assert.True(seenByNext);
    }

    [Fact]
    public async Task A_failing_async_action_fails_the_target()
    {
        var graph = Graph(T("Upload"));
        graph.Get("Upload").Executes(async () =>
        {
            await Task.Yield();
            throw new HttpRequestException("503 from feed");
        });

        var (result, _) = await ExecutorHarness.Run(graph, ["Upload"]);

        Assert.Equal(TargetStatus.Failed, result["Upload"].Status);
        Assert.Equal("503 from feed", result["Upload"].Reason);
    }

    [Fact]
    public async Task Summary_lists_every_target_with_status_and_a_total_line()
    {
        var graph = Graph(T("Restore"), T("Compile", "Restore"));
        graph.Get("Compile").Executes(() => throw new InvalidOperationException("broken"));

        var (_, output) = await ExecutorHarness.Run(graph, ["Compile"]);
        var lines = output.Split('\n').Select(l => l.TrimEnd()).ToList();

        Assert.Contains(lines, l => l.StartsWith("Target", StringComparison.Ordinal) && l.Contains("Status") && l.Contains("Duration"));
        Assert.Contains(lines, l => l.StartsWith("Restore", StringComparison.Ordinal) && l.Contains("Succeeded"));
        Assert.Contains(lines, l => l.StartsWith("Compile", StringComparison.Ordinal) && l.Contains("Failed") && l.Contains("// broken"));
        Assert.Contains(lines, l => l.StartsWith("Total", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Warnings_and_errors_are_repeated_in_the_recap()
    {
        var graph = Graph(T("Lint"));
        graph.Get("Lint").Executes(() => Log.Warning("2 files need formatting"));

        var (result, output) = await ExecutorHarness.Run(graph, ["Lint"]);
        var recap = output[output.IndexOf("Errors & Warnings", StringComparison.Ordinal)..];

        Assert.True(result.Succeeded);
        Assert.Contains("[WRN] Lint: 2 files need formatting", recap);
    }
}
