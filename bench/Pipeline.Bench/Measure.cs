using System.Diagnostics;
using System.Globalization;

namespace Pipeline.Bench;

/// <summary>Times repeated runs, prints min / median / max in milliseconds and returns the median.</summary>
internal static class Measure
{
    public static async Task<double> PrintAsync(string name, int iterations, Func<Task> run)
    {
        var samples = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            samples.Add(await TimeAsync(run));
        }

        return Print(name, samples);
    }

    /// <summary>Times two commands in turns (a, b, a, b, ...), so that a drift of the machine (clock, caches, another
    /// process) weighs on both alike; prints each and returns both medians.</summary>
    public static async Task<(double A, double B)> PrintInTurnsAsync(string nameA, Func<Task> a, string nameB, Func<Task> b, int iterations)
    {
        var (first, second) = (new List<double>(), new List<double>());
        for (var i = 0; i < iterations; i++)
        {
            first.Add(await TimeAsync(a));
            second.Add(await TimeAsync(b));
        }

        return (Print(nameA, first), Print(nameB, second));
    }

    private static async Task<double> TimeAsync(Func<Task> run)
    {
        var watch = Stopwatch.StartNew();
        await run();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Print(string name, List<double> samples)
    {
        var iterations = samples.Count;
        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} min {samples[0],9:F1} ms   median {samples[samples.Count / 2],9:F1} ms   max {samples[^1],9:F1} ms   (n={iterations})"));
        return samples[samples.Count / 2];
    }
}
