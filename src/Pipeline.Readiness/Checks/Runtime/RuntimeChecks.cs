using Pipeline.Readiness.Checks.Runtime.Rules;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Registers the runtime probes (Polly-style <c>AddX</c>): one run of the service decides the health,
/// metrics, debug-endpoint, logging, request-id, CORS, rate-limit, auth and load items.</summary>
internal static class RuntimeChecks
{
    /// <summary>Adds the probes for every such item that has no check yet, and for each of <paramref name="besideSource"/>
    /// (items a check of the source settles only when it fails) whatever it has; returns the shared run (its metrics
    /// can feed <see cref="MonitoringChecks.AddMonitoringChecks"/>).</summary>
    public static RuntimeProbeRun AddRuntimeProbes(this ReadinessSetup setup, RuntimeProbeOptions options, IReadOnlyCollection<ChecklistItem>? besideSource = null)
    {
        var run = new RuntimeProbeRun(options);
        var probes = new (ChecklistItem, RuntimeRule)[]
        {
            (Items.Security.HealthEndpointsOpen, new HealthOpenRule()),
            (Items.Monitoring.MetricsExposed, new MetricsExposedRule()),
            (Items.Security.NoDebugEndpoints, new NoDebugEndpointsRule()),
            (Items.Monitoring.StructuredLogging, new StructuredLoggingRule()),
            (Items.Monitoring.RequestIdCorrelation, new RequestIdCorrelationRule()),
            (Items.Security.RateLimiting, new RateLimitingRule()),
            (Items.Security.RbacEnforced, new ProtectedEndpointsRule()),
            (Items.Testing.LoadTest, new LoadTestRule()),
            (Items.Testing.PerformanceBaseline, new PerformanceBaselineRule()),
            (Items.Testing.CapacityLimits, new CapacityLimitsRule()),
        };
        setup.AddMissing([.. probes.Where(p => besideSource?.Contains(p.Item1) != true).Select(p => (p.Item1, (ReadinessCheck)new RuntimeProbeCheck(run, p.Item2)))]);
        foreach (var (item, rule) in probes.Where(p => besideSource?.Contains(p.Item1) == true))
        {
            setup.Check(item, new RuntimeProbeCheck(run, rule));
        }

        setup.Check(Items.Security.CorsRestricted, new RuntimeProbeCheck(run, new CorsPreflightRule())); // beside the configuration rule
        if (options.OpenApi is { } openApi)
        {
            setup.AddMissing([(Items.Operations.ApiDocumentation, new OpenApiDocumentCheck(options, openApi))]);
        }

        return run;
    }
}
