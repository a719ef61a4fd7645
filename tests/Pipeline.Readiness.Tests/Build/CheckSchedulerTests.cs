using Pipeline.Output;

namespace Pipeline.Readiness.Tests.Build;

/// <summary>The scheduler runs checks at once up to its limit, never two that hold a common resource, an undeclared
/// one alone, and writes each check's lines in one piece.</summary>
public sealed class CheckSchedulerTests
{
    /// <summary>Counts how many pieces run at once, overall and per resource.</summary>
    private sealed class Occupancy
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, int> _now = [];
        private int _running;

        public int MostAtOnce { get; private set; }

        public Dictionary<string, int> MostPerResource { get; } = [];

        public List<int> RunningWhenAloneStarted { get; } = [];

        public async Task<int> RunAsync(int id, IReadOnlySet<string>? resources, Func<Task> body)
        {
            lock (_gate)
            {
                _running++;
                MostAtOnce = Math.Max(MostAtOnce, _running);
                if (resources is null)
                {
                    RunningWhenAloneStarted.Add(_running);
                }

                foreach (var resource in resources ?? new HashSet<string>())
                {
                    _now[resource] = _now.GetValueOrDefault(resource) + 1;
                    MostPerResource[resource] = Math.Max(MostPerResource.GetValueOrDefault(resource), _now[resource]);
                }
            }

            await body();
            lock (_gate)
            {
                _running--;
                foreach (var resource in resources ?? new HashSet<string>())
                {
                    _now[resource]--;
                }
            }

            return id;
        }
    }

    private static HashSet<string> Set(params string[] names) => new(names, StringComparer.Ordinal);

    [Fact]
    public async Task Checks_that_hold_nothing_in_common_run_at_once()
    {
        var (a, b) = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        async Task<bool> Meet(TaskCompletionSource mine, TaskCompletionSource other)
        {
            mine.SetResult();
            return await Task.WhenAny(other.Task, Task.Delay(TimeSpan.FromSeconds(20))) == other.Task; // met only if both ran at once
        }

        var met = await new CheckScheduler(2).RunAsync<bool>(
            [new(Set("dotnet"), () => Meet(a, b)), new(Set("docker"), () => Meet(b, a))], (_, _) => { });

        Assert.Equal([true, true], met);
    }

    [Fact]
    public async Task Checks_that_share_a_resource_never_overlap_and_the_limit_holds()
    {
        var occupancy = new Occupancy();
        var resources = new[] { Set("dotnet"), Set(), Set("dotnet", "docker"), Set(), Set("docker"), Set(), Set("dotnet") };
        var work = resources.Select((r, i) => new CheckScheduler.Work<int>(r, () => occupancy.RunAsync(i, r, () => Task.Delay(30)))).ToList();

        var results = await new CheckScheduler(3).RunAsync(work, (_, _) => { });

        Assert.Equal(Enumerable.Range(0, resources.Length), results);
        Assert.Equal(1, occupancy.MostPerResource["dotnet"]);
        Assert.Equal(1, occupancy.MostPerResource["docker"]);
        Assert.InRange(occupancy.MostAtOnce, 2, 3); // the free checks ran beside the others, never more than the limit
    }

    [Fact]
    public async Task A_check_that_declares_nothing_runs_alone()
    {
        var occupancy = new Occupancy();
        IReadOnlySet<string>?[] resources = [Set(), Set(), null, Set(), Set(), null, Set()];
        var work = resources.Select((r, i) => new CheckScheduler.Work<int>(r, () => occupancy.RunAsync(i, r, () => Task.Delay(20)))).ToList();

        await new CheckScheduler(4).RunAsync(work, (_, _) => { });

        Assert.Equal([1, 1], occupancy.RunningWhenAloneStarted);
        Assert.True(occupancy.MostAtOnce > 1);
    }

    [Fact]
    public async Task Each_checks_lines_are_written_in_one_piece_and_every_result_is_handed_over_once()
    {
        var lines = new Lines();
        var handed = new List<int>();
        var work = Enumerable.Range(0, 4).Select(i => new CheckScheduler.Work<int>(Set(), async () =>
        {
            for (var line = 0; line < 5; line++)
            {
                Log.Information($"check {i} line {line}");
                await Task.Delay(5);
            }

            return i;
        })).ToList();

        using (Log.Use(lines))
        {
            await new CheckScheduler(4).RunAsync(work, (index, result) =>
            {
                Assert.Equal(index, result);
                handed.Add(index);
            });
        }

        Assert.Equal([0, 1, 2, 3], handed.Order());
        var blocks = lines.Texts.Chunk(5).ToList();
        Assert.Equal(4, blocks.Count);
        Assert.All(blocks, block => Assert.Single(block.Select(l => l.Split(' ')[1]).Distinct()));
    }

    [Fact]
    public async Task With_a_limit_of_one_the_checks_run_in_order_and_stream()
    {
        var order = new List<int>();
        var work = Enumerable.Range(0, 5).Select(i => new CheckScheduler.Work<int>(Set(), async () =>
        {
            order.Add(i);
            await Task.Yield();
            return i;
        })).ToList();

        await new CheckScheduler(1).RunAsync(work, (_, _) => { });

        Assert.Equal([0, 1, 2, 3, 4], order);
    }

    [Fact]
    public void A_check_holds_the_resources_of_the_shared_work_it_reads()
    {
        var options = new DotNetCodeOptions();
        var tests = new DotNetTestRun(options);
        var coverage = new CoverageCheck(tests);

        Assert.Equal(["dotnet"], CheckScheduler.ResourcesOf(coverage)!);
        Assert.Null(CheckScheduler.ResourcesOf(new Undeclared()));
    }

    [Fact]
    public void Shared_work_read_through_a_delegate_counts_and_the_service_run_makes_its_readers_run_alone()
    {
        var run = new RuntimeProbeRun(new RuntimeProbeOptions { Command = ["dotnet", "Service.dll"] });
        var tests = new DotNetTestRun(new DotNetCodeOptions());

        Assert.Null(CheckScheduler.ResourcesOf(new GrafanaDashboardCheck(new MonitoringOptions(), run.ExposedMetricsAsync)));
        Assert.Equal([], CheckScheduler.ResourcesOf(new GrafanaDashboardCheck(new MonitoringOptions()))!);
        Assert.Equal(["dotnet"], CheckScheduler.ResourcesOf(new GrafanaDashboardCheck(new MonitoringOptions(), async context =>
        {
            await tests.AllAsync(context);
            return new HashSet<string>();
        }))!);
    }

    [Fact]
    public void Every_check_of_the_gate_says_what_it_holds()
    {
        var assemblies = new[] { typeof(ReadinessCheck).Assembly, typeof(Readiness.PostgreSql.PostgreSqlOptions).Assembly, typeof(Readiness.KeyVault.KeyVaultOptions).Assembly };
        var undeclared = assemblies.SelectMany(a => a.GetTypes())
            .Where(t => t.IsSubclassOf(typeof(ReadinessCheck)) && !t.IsAbstract)
            .Where(t => t.GetProperty(nameof(ReadinessCheck.Resources))!.DeclaringType == typeof(ReadinessCheck))
            .Select(t => t.Name)
            .ToList();

        Assert.Empty(undeclared);
    }

    private sealed class Undeclared : ReadinessCheck
    {
        public override string Name => "undeclared";

        public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "ok"));
    }

    private sealed class Lines : ILogSink
    {
        public List<string> Texts { get; } = [];

        public void Write(LogLevel level, string text)
        {
            lock (Texts)
            {
                Texts.Add(text);
            }
        }
    }
}
