using System.Globalization;
using Pipeline.Tests.Support;

namespace Pipeline.Bench;

/// <summary>Warm <c>./build.sh --help</c> of this repository (nothing the build reads changed: the bootstrap runs the
/// compiled build at once), the same with <c>PIPELINE_ALWAYS_BUILD=1</c> (MSBuild's no-op build first, as before), and
/// <c>dotnet</c> running a hello-world dll, the floor any .NET program pays; the goal is within 3× of it.</summary>
internal static class BootstrapBenchmark
{
    public static async Task RunAsync(int iterations)
    {
        var hello = Directory.CreateTempSubdirectory("pipeline-bench-hello-").FullName;
        try
        {
            await Command.RunAsync(hello, "dotnet", ["new", "console", "--output", hello, "--name", "Hello"]);
            await Command.RunAsync(hello, "dotnet", ["build", "-c", "Release", "-o", Path.Combine(hello, "out"), "-nologo", "-v", "q"]);
            var dll = Path.Combine(hello, "out", "Hello.dll");
            var script = Path.Combine(RepositoryRoot.Path, "build.sh");
            await Command.RunAsync(RepositoryRoot.Path, script, ["--help"]); // compiles when anything changed

            var (floor, skipped) = await Measure.PrintInTurnsAsync(
                "dotnet Hello.dll (warm)", () => Command.RunAsync(hello, "dotnet", [dll]),
                "./build.sh --help (warm, unchanged)", () => Command.RunAsync(RepositoryRoot.Path, script, ["--help"]), iterations * 2);
            var built = await Measure.PrintAsync("./build.sh --help (PIPELINE_ALWAYS_BUILD=1)", iterations,
                () => Command.RunAsync(RepositoryRoot.Path, script, ["--help"], new Dictionary<string, string> { ["PIPELINE_ALWAYS_BUILD"] = "1" }));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"bootstrap: {skipped / floor:F1}x a hello-world dll unchanged (goal 3x), {built / floor:F1}x with MSBuild's no-op build"));
        }
        finally
        {
            Directory.Delete(hello, recursive: true);
        }
    }
}
