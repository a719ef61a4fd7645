using Pipeline.Readiness;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Bench;

/// <summary>The gate's overhead over running <c>dotnet test</c> with coverage by hand on the same project: the
/// gate adds the TRX logger, result parsing, Cobertura merging and the HTML report.</summary>
internal static class GateOverheadBenchmark
{
    public static async Task RunAsync(int iterations)
    {
        using var repository = new DotNetSampleRepository();
        var processes = new ProcessRunner();
        Task ByHand() => processes.RunAsync(new ProcessSpec("dotnet", ["test", "Calc.slnx", "--collect", "XPlat Code Coverage", "--results-directory", "artifacts/by-hand"])
        {
            WorkingDirectory = repository.Root,
            LogOutput = false,
        });

        async Task Gate()
        {
            var run = new DotNetTestRun(new DotNetCodeOptions());
            var tests = await repository.Run(Items.Testing.AllTestsPassing, new TestsPassingCheck(run));
            var coverage = await repository.Run(Items.Testing.CoverageAcceptable, new CoverageCheck(run));
            if (tests.Result.Status != CheckStatus.Passed || coverage.Result.Status != CheckStatus.Passed)
            {
                throw new InvalidOperationException($"the sample should pass: {tests.Result.Summary}; {coverage.Result.Summary}");
            }
        }

        await ByHand(); // warm: restore and first build
        await Gate();
        var byHand = await Measure.PrintAsync("dotnet test + coverage by hand (sample)", iterations, ByHand);
        var gate = await Measure.PrintAsync("gate: tests + coverage checks (sample)", iterations, Gate);
        Console.WriteLine(FormattableString.Invariant($"{"gate overhead (median)",-44} {gate - byHand,9:F1} ms   ({(gate - byHand) / byHand * 100:F0} %)"));
    }
}
