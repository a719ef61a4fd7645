namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>What <see cref="RuntimeProbeCheck"/> decides from the service's run.</summary>
internal enum RuntimeProbe
{
    /// <summary>Health and metrics answer 200 without credentials.</summary>
    HealthOpen,

    /// <summary>The metrics endpoint serves valid Prometheus text.</summary>
    MetricsExposed,

    /// <summary>No debug endpoint (<c>/docs</c>, <c>/openapi.json</c>, …) is served.</summary>
    NoDebugEndpoints,

    /// <summary>Every log line is a JSON object.</summary>
    StructuredLogging,

    /// <summary>A sent <c>X-Request-ID</c> is echoed and appears in the logs.</summary>
    RequestIdCorrelation,

    /// <summary>A CORS preflight from a foreign origin is refused.</summary>
    CorsPreflight,

    /// <summary>The rate limiter answers 429 when exceeded.</summary>
    RateLimiting,

    /// <summary>Protected endpoints refuse requests without a valid token.</summary>
    ProtectedEndpoints,

    /// <summary>The load test's error rate is within the threshold.</summary>
    LoadTest,

    /// <summary>The load test's p95 latency is within the threshold.</summary>
    PerformanceBaseline,

    /// <summary>The load test's throughput reaches the minimum.</summary>
    CapacityLimits,
}
