namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>What the load test measured.</summary>
internal sealed record LoadTestResult(int Sent, int Failed, TimeSpan Duration, double Throughput, TimeSpan P50, TimeSpan P95, TimeSpan P99)
{
    /// <summary>The share of failed requests.</summary>
    public double ErrorRate => Sent == 0 ? 1 : (double)Failed / Sent;

    /// <summary>The figures, as the report shows them.</summary>
    public IReadOnlyDictionary<string, double> Figures => new Dictionary<string, double>
    {
        ["load.requests"] = Sent,
        ["load.error_rate"] = Math.Round(ErrorRate, 4),
        ["load.throughput_rps"] = Math.Round(Throughput, 1),
        ["load.p50_ms"] = Math.Round(P50.TotalMilliseconds, 1),
        ["load.p95_ms"] = Math.Round(P95.TotalMilliseconds, 1),
        ["load.p99_ms"] = Math.Round(P99.TotalMilliseconds, 1),
    };
}
