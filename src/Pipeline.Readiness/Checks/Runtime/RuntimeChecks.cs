namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Registers the runtime probes (Polly-style <c>AddX</c>): one run of the service decides the health,
/// metrics, debug-endpoint, logging, request-id, CORS, rate-limit, auth and load items.</summary>
internal static class RuntimeChecks
{
    /// <summary>Adds the probes for every such item that has no check yet; returns the shared run (its metrics can
    /// feed <see cref="MonitoringChecks.AddMonitoringChecks"/>).</summary>
    public static RuntimeProbeRun AddRuntimeProbes(this ReadinessSetup setup, RuntimeProbeOptions options)
    {
        var run = new RuntimeProbeRun(options);
        var probes = new (ChecklistItem, RuntimeProbe)[]
        {
            (Items.Security.HealthEndpointsOpen, RuntimeProbe.HealthOpen),
            (Items.Monitoring.MetricsExposed, RuntimeProbe.MetricsExposed),
            (Items.Security.NoDebugEndpoints, RuntimeProbe.NoDebugEndpoints),
            (Items.Monitoring.StructuredLogging, RuntimeProbe.StructuredLogging),
            (Items.Monitoring.RequestIdCorrelation, RuntimeProbe.RequestIdCorrelation),
            (Items.Security.RateLimiting, RuntimeProbe.RateLimiting),
            (Items.Security.RbacEnforced, RuntimeProbe.ProtectedEndpoints),
            (Items.Testing.LoadTest, RuntimeProbe.LoadTest),
            (Items.Testing.PerformanceBaseline, RuntimeProbe.PerformanceBaseline),
            (Items.Testing.CapacityLimits, RuntimeProbe.CapacityLimits),
        };
        setup.AddMissing([.. probes.Select(p => (p.Item1, (ReadinessCheck)new RuntimeProbeCheck(run, p.Item2)))]);
        setup.Check(Items.Security.CorsRestricted, new RuntimeProbeCheck(run, RuntimeProbe.CorsPreflight)); // beside the configuration rule
        if (options.OpenApi is { } openApi)
        {
            setup.AddMissing([(Items.Operations.ApiDocumentation, new OpenApiDocumentCheck(options, openApi))]);
        }

        return run;
    }
}
