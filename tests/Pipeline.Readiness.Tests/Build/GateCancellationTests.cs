using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Build;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class GateCancellationTests : IDisposable
{
    private static readonly TaskCompletionSource Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    public sealed class SlowGateBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup) =>
            setup.Check(Items.Testing.AllTestsPassing, new WaitingCheck());

        private sealed class WaitingCheck : ReadinessCheck
        {
            public override string Name => "waits-for-ctrl-c";

            public override async Task<CheckResult> RunAsync(CheckContext context)
            {
                Started.TrySetResult();
                await Task.Delay(System.Threading.Timeout.Infinite, context.Cancellation);
                return CheckResult.Passed(1, "never");
            }
        }
    }

    [Fact]
    public async Task Ctrl_C_reaches_a_running_check_and_the_target_is_aborted_without_a_verdict()
    {
        using var cancellation = new CancellationTokenSource();
        var running = _run.Run<SlowGateBuild>(["Readiness", "--no-logo"], cancellation: cancellation.Token);
        await Started.Task.WaitAsync(TimeSpan.FromMinutes(1));
        await cancellation.CancelAsync();

        var (exit, output) = await running.WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(1, exit);
        Assert.Matches(@"Readiness\s+Aborted", output);
        Assert.False(File.Exists(Path.Combine(_run.Root, "artifacts", "readiness", "report.json")));
    }
}
