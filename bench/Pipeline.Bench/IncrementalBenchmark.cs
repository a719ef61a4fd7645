using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Bench;

/// <summary>What concurrency, reuse and fan-out save on a reference service, in a fresh clone of this repository: a
/// cold <c>Readiness</c> with one check at a time (<c>--concurrent-checks 1</c>) and with the default (the build
/// compiled first, no evidence cache), an unchanged re-run, a re-run after a one-file
/// change that no code check reads (a waiver), after one that every code check reads (a source file), and each part
/// of the fan-out run on its own (<c>Evidence --evidence-part</c>, <c>--no-cache</c>): the critical path (the slowest
/// part) against the sum of all parts. For this repository itself (<c>.</c>) the one-at-a-time run, the source change
/// and the parts are left out (each is its whole test suite and both service gates again: half an hour on 2 cores); the cold run's check durations are printed
/// for every folder.</summary>
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
                // This repository's own gate runs its whole test suite and both service gates: a cold run is half an
                // hour on 2 cores, so the one-check-at-a-time run and the parts run alone are left out there.
                var whole = Path.GetFullPath(folder) == Path.GetFullPath(clone);
                await Run(folder, "--help"); // compile the build first: cold means no evidence, not an uncompiled build
                var oneAtATime = whole ? default : await Run(folder, "Readiness", "--no-cache", "--concurrent-checks", "1");
                var cold = await Run(folder, "Readiness");
                var checks = CheckDurations(folder);
                var unchanged = await Run(folder, "Readiness");
                var waivers = Path.Combine(folder, "readiness", "waivers.yaml");
                File.AppendAllText(waivers, File.Exists(waivers) ? "\n# reviewed\n" : "# reviewed\nwaivers: []\n");
                await Git(clone, "add", "--", Path.GetRelativePath(clone, waivers));
                await Git(clone, "commit", "--quiet", "-am", "waiver file touched");
                var waiver = await Run(folder, "Readiness");
                var changed = whole ? default : await SourceChanged(clone, folder); // (here: the whole suite again, as cold)

                var listing = await Run(folder, "Evidence", "--evidence-part", "?");
                var parts = whole ? [] : PartList().Match(listing.Output) is { Success: true } m ? m.Groups[1].Value.Split(", ") : [];
                var timed = new List<(string Part, double Ms)>();
                foreach (var part in parts)
                {
                    timed.Add((part, (await Run(folder, "Evidence", "--evidence-part", part, "--no-cache")).Ms));
                }

                Console.WriteLine($"{service}:");
                if (!whole)
                {
                    Print("cold Readiness, one check at a time", oneAtATime, cold.Ms);
                }

                Print("cold Readiness", cold, cold.Ms);
                Print("unchanged re-run", unchanged, cold.Ms);
                Print("re-run after a waiver-file change", waiver, cold.Ms);
                if (!whole)
                {
                    Print("re-run after a source change", changed, cold.Ms);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  cold run's checks: {checks.Count}, sum {checks.Sum(c => c.Ms) / 1000,7:F1} s, slowest {checks.Max(c => c.Ms) / 1000,7:F1} s ({checks.MaxBy(c => c.Ms).Name})"));
                if (whole)
                {
                    Console.WriteLine("  fan-out parts not run one by one here (each is a full evaluation of its checks); the slowest check bounds the critical path from below");
                }

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

    /// <summary>Appends a comment to the first of the service's code files (which every code check reads), commits,
    /// and runs the gate again.</summary>
    private static async Task<(double Ms, string Output)> SourceChanged(string clone, string folder)
    {
        var source = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".cs" or ".py" && Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar)[0] is "src" or "app")
            .Order(StringComparer.Ordinal).First();
        File.AppendAllText(source, source.EndsWith(".py", StringComparison.Ordinal) ? "\n# touched\n" : "\n// touched\n");
        await Git(clone, "commit", "--quiet", "-am", "source touched");
        return await Run(folder, "Readiness");
    }

    /// <summary>Each check's duration in the report of the run just made (artifacts/readiness/report.json).</summary>
    private static List<(string Name, double Ms)> CheckDurations(string folder)
    {
        using var report = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "artifacts", "readiness", "report.json")));
        return [.. report.RootElement.GetProperty("items").EnumerateArray()
            .SelectMany(item => item.GetProperty("checks").EnumerateArray())
            .DistinctBy(check => (check.GetProperty("name").GetString(), check.GetProperty("startedAt").GetString())) // one check may settle several items
            .Select(check => (check.GetProperty("name").GetString()!, check.GetProperty("durationMs").GetDouble()))];
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
