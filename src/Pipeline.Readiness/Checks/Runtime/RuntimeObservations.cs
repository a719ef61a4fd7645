namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>What one run of the service showed: status codes per path, the metrics text, the log lines, the
/// request-id round trip, the CORS preflight answer, the rate limiter and the load test.</summary>
internal sealed record RuntimeObservations(
    IReadOnlyDictionary<string, int> Status,
    string MetricsText,
    IReadOnlyList<string> LogLines,
    string RequestId,
    bool RequestIdEchoed,
    string? PreflightAllowedOrigin,
    int? RateLimitedAfter,
    IReadOnlyDictionary<string, int> WithoutToken,
    IReadOnlyDictionary<string, int> WithBadToken,
    LoadTestResult Load)
{
    /// <summary>The metrics text parsed: the metric names, or the first line that does not parse. (Parsed on each
    /// read, so a copy made with <c>with { MetricsText = … }</c> never shows the old text's metrics.)</summary>
    public (IReadOnlySet<string> Names, string? Error) Metrics => PrometheusText.Parse(MetricsText);
}
