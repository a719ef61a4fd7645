namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>A bounded load test and its thresholds: the figures (throughput, p50/p95/p99, error rate) go into the report.</summary>
public sealed record LoadTestOptions : ICheckOptions
{
    /// <summary>The path requested.</summary>
    public string Path { get; init; } = "/health";

    /// <summary>How many requests in all.</summary>
    public int Requests { get; init; } = 500;

    /// <summary>How many at once.</summary>
    public int Concurrency { get; init; } = 8;

    /// <summary>The test stops after this long, whatever was sent.</summary>
    public TimeSpan MaximumDuration { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The highest acceptable share of failed requests (non-2xx other than 429, or no answer).</summary>
    public double MaximumErrorRate { get; init; } = 0.01;

    /// <summary>The highest acceptable 95th percentile latency.</summary>
    public TimeSpan MaximumP95 { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The lowest acceptable throughput, requests per second.</summary>
    public double MinimumThroughput { get; init; } = 20;

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (Requests < 1 || Concurrency < 1 || Concurrency > Requests)
        {
            yield return $"Requests, Concurrency: need 1 ≤ Concurrency ≤ Requests (got {Concurrency}, {Requests})";
        }
    }
}
