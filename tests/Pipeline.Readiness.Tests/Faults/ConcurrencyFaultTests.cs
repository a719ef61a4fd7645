using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Two runs on one root (issue item 12): a run of another process holds the root's lock, so this one is
/// refused with a clear message instead of sharing the checks' work folders; targets of one build take turns.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ConcurrencyFaultTests : IDisposable
{
    private readonly BuildRun _run = new();

    public ConcurrencyFaultTests()
    {
        GateBuild.Prepare(_run, coverage: "91");
    }

    public void Dispose() => _run.Dispose();

    [Fact]
    public Task A_second_run_on_the_same_root_is_refused_while_the_first_holds_the_lock() =>
        FaultLedger.Case("concurrency: two Readiness runs on one root", FaultKind.FailOpen, async () =>
        {
            var lockFile = Path.Combine(_run.Root, "artifacts", "readiness", ".lock");
            Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
            (int ExitCode, string Output) refused;
            using (new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None)) // what another process's run holds (an OS lock)
            {
                refused = await _run.Run<GateBuild>(["Readiness", "--no-logo"]);
            }

            var wroteReport = File.Exists(Path.Combine(_run.Root, "artifacts", "readiness", "report.json"));
            var after = await _run.Run<GateBuild>(["Readiness", "--no-logo"]);

            Assert.Equal(1, refused.ExitCode);
            Assert.Contains($"Another run is evaluating readiness in {_run.Root} (it holds artifacts/readiness/.lock): wait until it ends, or run in a separate clone.", refused.Output);
            Assert.False(wroteReport);
            Assert.True(after.ExitCode == 0, after.Output);
        });

    [Fact]
    public Task Targets_of_one_build_evaluating_in_parallel_take_turns() =>
        FaultLedger.Case("concurrency: --parallel scoped targets of one build", FaultKind.FailOpen, async () =>
        {
            var (exit, output) = await _run.Run<GateBuild>(["Testing", "Security", "Readiness", "--parallel", "--no-logo"]);

            Assert.True(exit == 0, output);
            Assert.DoesNotContain("Another run", output);
        });
}
