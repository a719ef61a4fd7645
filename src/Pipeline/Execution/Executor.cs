using Pipeline.Hosts;
using Pipeline.Output;
using Pipeline.Planning;

namespace Pipeline.Execution;

/// <summary>Runs a plan. One scheduler serves both modes: it always starts the earliest ready target in plan
/// order, so with one slot it is the sequential run, and with more it only adds concurrency.</summary>
internal sealed class Executor(BuildConsole console, ICiHost host, TimeProvider time, TargetStamps? stamps = null)
{
    public async Task<RunResult> RunAsync(
        TargetGraph graph, ExecutionPlan plan, ExecutorOptions options, CancellationToken cancellation)
    {
        var started = time.GetTimestamp();
        var planned = plan.Targets.Select(t => t.Target).ToHashSet();
        var outcomes = new Dictionary<string, TargetOutcome>();
        var pending = plan.Targets.ToList();
        var running = new List<Task<TargetOutcome>>();

        while (pending.Count > 0 || running.Count > 0)
        {
            while (running.Count < options.MaxDegreeOfParallelism && NextReady() is { } next)
            {
                pending.Remove(next);
                if (TargetFate.Decide(graph, next, outcomes, cancellation.IsCancellationRequested) is { } fate)
                {
                    outcomes[next.Name] = new TargetOutcome(next.Name, fate.Status, TimeSpan.Zero, fate.Reason, null);
                    console.Write(LogLevel.Information, $"{next.Name}: {fate.Status} ({fate.Reason})");
                }
                else
                {
                    running.Add(Start(next, options, cancellation));
                }
            }

            if (running.Count == 0)
            {
                break;
            }

            var done = await Task.WhenAny(running).ConfigureAwait(false);
            running.Remove(done);
            var outcome = await done.ConfigureAwait(false);
            outcomes[outcome.Name] = outcome;
            if (options.Parallel)
            {
                console.Atomically(() => PrintWhole(outcome));
            }
        }

        return new RunResult([.. plan.Targets.Select(t => outcomes[t.Name])], time.GetElapsedTime(started));

        PlannedTarget? NextReady() => pending.FirstOrDefault(p =>
            graph.Predecessors(p.Target).Where(planned.Contains).All(t => outcomes.ContainsKey(t.Name)));
    }

    private Task<TargetOutcome> Start(PlannedTarget planned, ExecutorOptions options, CancellationToken cancellation)
    {
        var log = new TargetLog(planned.Name, console, streaming: !options.Parallel);
        var token = planned.Target.IsAssuredAfterFailure ? CancellationToken.None : cancellation;
        if (!options.Parallel)
        {
            BeginGroup(planned.Name);
        }

        return Task.Run(async () =>
        {
            var started = time.GetTimestamp();
            var (status, reason) = await TargetRunner.RunAsync(planned.Target, log, stamps, token).ConfigureAwait(false);
            var outcome = new TargetOutcome(planned.Name, status, time.GetElapsedTime(started), reason, log);
            if (!options.Parallel)
            {
                EndGroup(planned.Name);
            }

            return outcome;
        }, CancellationToken.None);
    }

    private void PrintWhole(TargetOutcome outcome)
    {
        BeginGroup(outcome.Name);
        outcome.Log?.Replay();
        EndGroup(outcome.Name);
    }

    private void BeginGroup(string name) =>
        console.WriteLine(host.BeginGroup(name), host is LocalHost ? AnsiColor.Cyan : null);

    private void EndGroup(string name)
    {
        if (host.EndGroup(name) is { } line)
        {
            console.WriteLine(line);
        }
    }
}
