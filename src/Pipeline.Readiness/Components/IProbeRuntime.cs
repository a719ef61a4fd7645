namespace Pipeline.Readiness;

/// <summary>The runtime probes: the service started on loopback with its production configuration, then health and
/// metrics open, no debug endpoints, JSON logs, request-id correlation, CORS refused, rate limiter, protected endpoints,
/// and a bounded load test whose figures go into the report. With <see cref="ICheckMonitoring"/>, the dashboard and
/// alert metrics are compared with what <c>/metrics</c> serves.</summary>
public interface IProbeRuntime : IReadinessComponent
{
    /// <summary>How to start and probe the service; null leaves the runtime items an Error saying so.</summary>
    RuntimeProbeOptions? RuntimeProbeSettings => null;

    /// <summary>The runtime probes.</summary>
    Target ProbeRuntime => _ => _.Description("Starts the service on loopback and probes it: health, metrics, logs, CORS, limits, auth, load").Executes(token => EvaluateItemsAsync("ProbeRuntime", token));

    /// <summary>Registers the probes, or an Error for each runtime item when no settings are given.</summary>
    [ReadinessChecks(order: 10)]
    void AddRuntimeProbes(ReadinessSetup setup)
    {
        if (RuntimeProbeSettings is not { } settings)
        {
            setup.AddMissing([.. CheckTargets.TargetOf.Where(t => t.Value == "ProbeRuntime").Select(t => (Items.All.Single(i => i.Id == t.Key),
                (ReadinessCheck)new UnconfiguredCheck("runtime", "no service to probe: set RuntimeProbeSettings (the command that starts it) or disable the item")))]);
            return;
        }

        var run = setup.AddRuntimeProbes(settings);
        if (this is ICheckMonitoring monitoring)
        {
            setup.Check(Items.Monitoring.DashboardImported, new GrafanaDashboardCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync))
                .Check(Items.Monitoring.AlertRules, new AlertRulesCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync));
        }
    }
}
