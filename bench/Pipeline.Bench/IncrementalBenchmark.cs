using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Bench;

/// <summary>What concurrency, reuse and fan-out save on a reference service, in a fresh clone of this repository: a
/// cold <c>Readiness</c> with one check at a time (<c>--concurrent-checks 1</c>) and with the default (the build
/// compiled first, no evidence cache), an unchanged re-run, a re-run after a one-file
/// change that no code check reads (a waiver), after one that every code check reads (a source file), and each part
/// of the fan-out run on its own (<c>Evidence --evidence-part</c>, <c>--no-cache</c>): the critical path (the slowest
/// part) against the sum of all parts.</summary>
internal static partial class IncrementalBenchmark
{
    public static async Task RunAsync(string repositoryRoot, IReadOnlyList<string> services)
    {
        foreach (var service in services)
        {
            var work = Directory.CreateTempSubdirectory("pipeline-incremental-").FullName;
            try
            {
                await Git(work, "clone", "--quiet", repositoryRoot, "repo");
                var clone = Path.Combine(work, "repo");
                var folder = Path.Combine(clone, service);
                await Run(folder, "--help"); // compile the build first: cold means no evidence, not an uncompiled build
                var oneAtATime = await Run(folder, "Readiness", "--no-cache", "--concurrent-checks", "1");
                var cold = await Run(folder, "Readiness");
                var unchanged = await Run(folder, "Readiness");
                File.AppendAllText(Path.Combine(folder, "readiness", "waivers.yaml"), "\n# reviewed\n");
                await Git(clone, "commit", "--quiet", "-am", "waiver file touched");
                var waiver = await Run(folder, "Readiness");
                var source = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
                    .Where(f => Path.GetExtension(f) is ".cs" or ".py" && Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar)[0] is "src" or "app")
                    .Order(StringComparer.Ordinal).First(); // the service's code, which every code check reads
                File.AppendAllText(source, source.EndsWith(".py", StringComparison.Ordinal) ? "\n# touched\n" : "\n// touched\n");
                await Git(clone, "commit", "--quiet", "-am", "source touched");
                var changed = await Run(folder, "Readiness");

                var listing = await Run(folder, "Evidence", "--evidence-part", "?");
                var parts = PartList().Match(listing.Output) is { Success: true } m ? m.Groups[1].Value.Split(", ") : [];
                var timed = new List<(string Part, double Ms)>();
                foreach (var part in parts)
                {
                    timed.Add((part, (await Run(folder, "Evidence", "--evidence-part", part, "--no-cache")).Ms));
                }

                Console.WriteLine($"{service}:");
                Print("cold Readiness, one check at a time", oneAtATime, cold.Ms);
                Print("cold Readiness", cold, cold.Ms);
                Print("unchanged re-run", unchanged, cold.Ms);
                Print("re-run after a waiver-file change", waiver, cold.Ms);
                Print("re-run after a source change", changed, cold.Ms);
                if (timed.Count > 0)
                {
                    var slowest = timed.MaxBy(t => t.Ms);
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  fan-out: {timed.Count} parts, critical path {slowest.Ms / 1000,7:F1} s ({slowest.Part}) vs sum {timed.Sum(t => t.Ms) / 1000,7:F1} s  [{string.Join(", ", timed.Select(t => $"{t.Part} {t.Ms / 1000:F1}"))}]"));
                }
            }
            finally
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void Print(string what, (double Ms, string Output) run, double cold) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {what,-36} {run.Ms / 1000,7:F1} s  {run.Ms / cold * 100,5:F0} % of cold   ran {Ran().Matches(run.Output).Count}, reused {Reused().Matches(run.Output).Count}"));

    /// <summary>Runs the service's build; a refused verdict (exit 1) is a result like any other here.</summary>
    private static async Task<(double Ms, string Output)> Run(string folder, params string[] arguments)
    {
        var info = new ProcessStartInfo(Path.Combine(folder, "build.sh"), [.. arguments, "--no-logo"]) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode is 0 or 1 ? (watch.Elapsed.TotalMilliseconds, await output + await error)
            : throw new InvalidOperationException($"build.sh {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}{await error}");
    }

    private static Task Git(string directory, params string[] arguments) => Command.RunAsync(directory, "git", arguments);

    [GeneratedRegex(@"its parts are: ([^\r\n]+?)(?:\u001b\[0m)?\r?$", RegexOptions.Multiline)]
    private static partial Regex PartList();

    [GeneratedRegex(@": running ")]
    private static partial Regex Ran();

    [GeneratedRegex(@" reused: inputs unchanged since ")]
    private static partial Regex Reused();
}
