using Pipeline.Bench;

// Engine overhead figures: planning a generated 1,000-target graph, and the wall time of ./build.sh for a
// no-op target once the build project is compiled (warm). Run: dotnet run -c Release --project bench/Pipeline.Bench
Console.WriteLine("Pipeline engine benchmarks");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
PlanningBenchmark.Run(targetCount: 1_000, iterations: 30);
await NoOpBuildBenchmark.RunAsync(iterations: 5);
