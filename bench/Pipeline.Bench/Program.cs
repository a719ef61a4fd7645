using Pipeline.Bench;

// Overhead figures: planning a generated 1,000-target graph, the wall time of ./build.sh for a no-op target once
// the build project is compiled (warm), and the gate's tests + coverage checks against dotnet test by hand. Run: dotnet run -c Release --project bench/Pipeline.Bench
Console.WriteLine("Pipeline engine benchmarks");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
PlanningBenchmark.Run(targetCount: 1_000, iterations: 30);
await NoOpBuildBenchmark.RunAsync(iterations: 5);
await GateOverheadBenchmark.RunAsync(iterations: 3);
