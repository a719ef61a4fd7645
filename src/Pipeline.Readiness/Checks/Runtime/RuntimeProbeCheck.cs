using System.Text.Json;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Decides one item from the service's run (<see cref="RuntimeProbeRun"/>); the load figures go into every
/// load item's evidence.</summary>
internal sealed class RuntimeProbeCheck(RuntimeProbeRun run, RuntimeProbe probe) : ReadinessCheck<RuntimeProbeOptions>(run.Options)
{
    /// <inheritdoc />
    public override string Name => $"runtime-{probe.ToString().ToLowerInvariant()}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var seen = await run.ObserveAsync(context).ConfigureAwait(false);
        var (problems, evidence) = Decide(seen);
        var result = problems.Count == 0
            ? CheckResult.Passed(1, evidence)
            : CheckResult.Failed(1, string.Join("; ", problems), [.. problems.Select(p => Finding.Create($"runtime.{probe.ToString().ToLowerInvariant()}", FindingSeverity.Error, null, null, p, p))]);
        return probe is RuntimeProbe.LoadTest or RuntimeProbe.PerformanceBaseline or RuntimeProbe.CapacityLimits
            ? result with { Figures = seen.Load.Figures.ToDictionary() }
            : result;
    }

    private (List<string> Problems, string Evidence) Decide(RuntimeObservations seen)
    {
        var load = Options.Load;
        return probe switch
        {
            RuntimeProbe.HealthOpen => ([.. new[] { Options.HealthPath, Options.MetricsPath }.Where(p => seen.Status[p] != 200).Select(p => $"{p} answered {seen.Status[p]} without credentials (expected 200)")],
                $"{Options.HealthPath} and {Options.MetricsPath} answer 200 without credentials"),
            RuntimeProbe.MetricsExposed => seen.Metrics is { Error: { } error } ? ([$"{Options.MetricsPath} is not Prometheus text: {error}"], string.Empty)
                : ([], $"{Options.MetricsPath} serves {seen.Metrics.Names.Count} metrics in Prometheus text"),
            RuntimeProbe.NoDebugEndpoints => ([.. Options.DebugPaths.Where(p => seen.Status[p] is >= 200 and < 400).Select(p => $"{p} is served ({seen.Status[p]}) in production")],
                $"none of {string.Join(", ", Options.DebugPaths)} is served"),
            RuntimeProbe.StructuredLogging => seen.LogLines.Count == 0 ? (["the service wrote no log line"], string.Empty)
                : ([.. seen.LogLines.Where(l => !IsJsonObject(l)).Take(3).Select(l => $"a log line is not JSON: '{(l.Length > 80 ? l[..80] + "…" : l)}'")], $"all {seen.LogLines.Count} log lines are JSON objects"),
            RuntimeProbe.RequestIdCorrelation => ([.. (seen.RequestIdEchoed ? Array.Empty<string>() : ["the X-Request-ID sent was not echoed in the response"])
                    .Concat(seen.LogLines.Any(l => l.Contains(seen.RequestId, StringComparison.Ordinal)) ? [] : ["the X-Request-ID sent appears in no log line"])],
                "X-Request-ID is echoed and logged"),
            RuntimeProbe.CorsPreflight => seen.PreflightAllowedOrigin is "*" || seen.PreflightAllowedOrigin == Options.ForeignOrigin
                ? ([$"a preflight from {Options.ForeignOrigin} was allowed (Access-Control-Allow-Origin: {seen.PreflightAllowedOrigin})"], string.Empty)
                : ([], $"a preflight from {Options.ForeignOrigin} was refused"),
            RuntimeProbe.RateLimiting => seen.RateLimitedAfter is { } after ? ([], $"{Options.RateLimitPath} answered 429 after {after} rapid requests")
                : ([$"{Options.RateLimitRequests} rapid requests to {Options.RateLimitPath} never drew a 429"], string.Empty),
            RuntimeProbe.ProtectedEndpoints => Options.ProtectedPaths.Count == 0 ? (["no protected endpoint is configured to probe (RuntimeProbeOptions.ProtectedPaths)"], string.Empty)
                : ([.. seen.WithoutToken.Concat(seen.WithBadToken).Where(p => p.Value is not (401 or 403)).Select(p => $"{p.Key} answered {p.Value} to a request without a valid token")],
                    $"{string.Join(", ", Options.ProtectedPaths)} refuse requests without a valid token"),
            RuntimeProbe.LoadTest => seen.Load.ErrorRate <= load.MaximumErrorRate ? ([], $"{seen.Load.Sent} requests, {seen.Load.ErrorRate:P1} errors")
                : ([$"{seen.Load.ErrorRate:P1} of {seen.Load.Sent} requests failed (limit {load.MaximumErrorRate:P1})"], string.Empty),
            RuntimeProbe.PerformanceBaseline => seen.Load.P95 <= load.MaximumP95 ? ([], $"p50 {seen.Load.P50.TotalMilliseconds:0.0} ms, p95 {seen.Load.P95.TotalMilliseconds:0.0} ms, p99 {seen.Load.P99.TotalMilliseconds:0.0} ms")
                : ([$"p95 {seen.Load.P95.TotalMilliseconds:0} ms exceeds {load.MaximumP95.TotalMilliseconds:0} ms"], string.Empty),
            _ => seen.Load.Throughput >= load.MinimumThroughput ? ([], $"{seen.Load.Throughput:0.0} requests/s at concurrency {load.Concurrency}")
                : ([$"{seen.Load.Throughput:0.0} requests/s is below {load.MinimumThroughput:0.0}"], string.Empty),
        };
    }

    private static bool IsJsonObject(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.ValueKind == JsonValueKind.Object;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
