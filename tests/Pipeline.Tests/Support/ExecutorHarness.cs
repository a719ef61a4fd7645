using Pipeline.Execution;
using Pipeline.Hosts;
using Pipeline.Output;
using Pipeline.Planning;

namespace Pipeline.Tests.Support;

/// <summary>Runs hand-built graphs through the real executor and captures what it printed.</summary>
internal static class ExecutorHarness
{
    public static async Task<(RunResult Result, string Output)> Run(
        TargetGraph graph, string[] invoked, bool parallel = false, CancellationToken cancellation = default, ICiHost? host = null)
    {
        var writer = new StringWriter();
        var console = new BuildConsole(writer, new SecretMasker(), Verbosity.Normal, color: false);
        var plan = Targets.Plan(graph, invoked);
        var options = parallel ? ExecutorOptions.ParallelFor(4) : ExecutorOptions.Sequential;
        var result = await new Executor(console, host ?? new LocalHost(), TimeProvider.System).RunAsync(graph, plan, options, cancellation);
        new SummaryWriter(console, host ?? new LocalHost()).Write(result);
        return (result, writer.ToString());
    }

    public static TargetStatus[] Statuses(this RunResult result) => [.. result.Outcomes.Select(o => o.Status)];
}
