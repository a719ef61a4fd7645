using Pipeline.Definition;
using Pipeline.Tests.Support;
using static Pipeline.Tests.Support.Targets;

namespace Pipeline.Tests.Execution;

public sealed class ExecutorParallelTests
{
    [Fact]
    public async Task Independent_targets_really_run_at_the_same_time()
    {
        // Each target waits for the other to start: only a concurrent run can finish both.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var graph = Graph(T("A"), T("B"), T("Both", "A", "B"));
        graph.Get("A").Executes(async () =>
        {
            aStarted.SetResult();
            await bStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        });
        graph.Get("B").Executes(async () =>
        {
            bStarted.SetResult();
            await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        });

        var (result, _) = await ExecutorHarness.Run(graph, ["Both"], parallel: true);

        Assert.Equal([TargetStatus.Succeeded, TargetStatus.Succeeded, TargetStatus.Succeeded], result.Statuses());
    }

    [Fact]
    public async Task Parallel_output_of_each_target_is_printed_whole()
    {
        var graph = Graph(T("A"), T("B"), T("C"));
        foreach (var name in new[] { "A", "B", "C" })
        {
            graph.Get(name).Executes(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    Log.Information($"{name} line {i}");
                    await Task.Yield();
                }
            });
        }

        var (_, output) = await ExecutorHarness.Run(graph, ["A", "B", "C"], parallel: true);
        var lines = output.Split('\n').Where(l => l.Contains(" line ", StringComparison.Ordinal)).ToList();

        Assert.Equal(60, lines.Count);
        foreach (var name in new[] { "A", "B", "C" })
        {
            var first = lines.FindIndex(l => l.StartsWith(name, StringComparison.Ordinal));
            Assert.All(lines.Skip(first).Take(20), l => Assert.StartsWith(name + " line", l));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Parallel_gives_the_same_statuses_as_sequential(int seed)
    {
        var sequential = await ExecutorHarness.Run(RandomGraph(seed), ["T39", "T25", "T12"]);
        var parallel = await ExecutorHarness.Run(RandomGraph(seed), ["T39", "T25", "T12"], parallel: true);

        Assert.Equal(sequential.Result.Outcomes.Select(o => (o.Name, o.Status, o.Reason)),
            parallel.Result.Outcomes.Select(o => (o.Name, o.Status, o.Reason)));
        Assert.Contains(sequential.Result.Outcomes, o => o.Status == TargetStatus.Failed);
    }

    private static Pipeline.Planning.TargetGraph RandomGraph(int seed)
    {
        var random = new Random(seed);
        var targets = new List<TargetDefinition>();
        for (var i = 0; i < 40; i++)
        {
            var target = T($"T{i}", [.. Enumerable.Range(0, random.Next(3)).Where(_ => i > 0).Select(_ => $"T{random.Next(i)}").Distinct()]);
            var roll = random.Next(10);
            var delay = random.Next(3);
            var name = target.Name;
            target.Executes(async () =>
            {
                await Task.Delay(delay);
                if (roll < 3)
                {
                    throw new InvalidOperationException($"{name} failed");
                }
            });
            if (roll == 1)
            {
                target.ProceedAfterFailure();
            }

            if (roll == 3)
            {
                target.AssuredAfterFailure();
            }

            if (roll == 4)
            {
                target.OnlyWhenDynamic(() => delay > 0);
            }

            targets.Add(target);
        }

        return Graph([.. targets]);
    }
}
