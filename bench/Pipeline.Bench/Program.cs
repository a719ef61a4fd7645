using Pipeline.Bench;
using Pipeline.Tests.Support;

// Overhead and speed figures, printed (never asserted): planning a generated 1,000-target graph, the wall time of
// ./build.sh for a no-op target (warm), warm ./build.sh --help against a hello-world dll, the gate's tests + coverage checks against dotnet test by hand, and the secret
// scanner against gitleaks on a 100 MB tree.
// Run: dotnet run -c Release --project bench/Pipeline.Bench [-- engine|gate|secrets|corpus [report.json expectations.tsv]]
//      ... -- image <name:tag> [osv-folder]   (an image on the engine DOCKER_HOST names; not part of "all")
//      ... -- incremental [samples/orders-api ... | .]   (cold, unchanged and changed Readiness, fan-out parts; "." is this repository; not part of "all")
var only = args.FirstOrDefault() ?? "all";
Console.WriteLine($"Pipeline benchmarks ({only}); machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
if (only is "all" or "engine")
{
    PlanningBenchmark.Run(targetCount: 1_000, iterations: 30);
    await NoOpBuildBenchmark.RunAsync(iterations: 5);
    await BootstrapBenchmark.RunAsync(iterations: 10);
}

if (only is "all" or "gate")
{
    await GateOverheadBenchmark.RunAsync(iterations: 3);
}

if (only is "all" or "corpus")
{
    await CorpusBenchmark.RunAsync(RepositoryRoot.Path, args.Length == 3 ? (args[1], args[2]) : null);
}

if (only is "all" or "secrets")
{
    await SecretScanBenchmark.RunAsync(RepositoryRoot.Path);
}

if (only == "incremental") // minutes: cold and re-run gates of the reference services
{
    await IncrementalBenchmark.RunAsync(RepositoryRoot.Path, args.Length > 1 ? args[1..] : ["samples/orders-api"]);
}

if (only == "image")
{
    await ImageScanBenchmark.RunAsync(args.ElementAtOrDefault(1) ?? throw new ArgumentException("image <name:tag> [osv-folder]"), args.ElementAtOrDefault(2));
}
