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
            var watch = Stopwatch.StartNew();
            await run();
            samples.Add(watch.Elapsed.TotalMilliseconds);
        }

        samples.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name,-44} min {samples[0],9:F1} ms   median {samples[samples.Count / 2],9:F1} ms   max {samples[^1],9:F1} ms   (n={iterations})"));
        return samples[samples.Count / 2];
    }
}
