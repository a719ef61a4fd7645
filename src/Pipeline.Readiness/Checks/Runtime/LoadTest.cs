using System.Diagnostics;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Sends a bounded number of requests with fixed concurrency and records latency percentiles, throughput
/// and errors (429 counts as an error here: the limiter should not bite at the planned load).</summary>
internal static class LoadTest
{
    public static async Task<LoadTestResult> RunAsync(HttpClient client, Uri baseUri, LoadTestOptions options, CancellationToken cancellation)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(options.MaximumDuration);
        var latencies = new List<TimeSpan>();
        var failed = 0;
        var next = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, options.Concurrency).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) <= options.Requests && !limit.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                var ok = false;
                try
                {
                    using var response = await client.GetAsync(new Uri(baseUri, options.Path), limit.Token).ConfigureAwait(false);
                    ok = response.IsSuccessStatusCode;
                }
                catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
                {
                    ok = false;
                }

                lock (latencies)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started));
                    failed += ok ? 0 : 1;
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        clock.Stop();
        var sorted = latencies.Order().ToList();
        TimeSpan Percentile(double p) => sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
        return new LoadTestResult(sorted.Count, failed, clock.Elapsed, sorted.Count / Math.Max(clock.Elapsed.TotalSeconds, 0.001), Percentile(0.50), Percentile(0.95), Percentile(0.99));
    }
}
