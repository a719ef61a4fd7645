namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>The monitoring assets: a Grafana dashboard with queries, Prometheus alert rules with expr, for and
/// severity, and a scrape configuration. With <see cref="IProbeRuntime"/>, the metrics the dashboard and the alerts
/// use are compared with what the running service's <c>/metrics</c> serves.</summary>
[ReadinessModule<MonitoringModule>]
public interface ICheckMonitoring : IReadinessComponent
{
    /// <summary>Override to point at the service's dashboards, rules and manifests.</summary>
    MonitoringOptions MonitoringSettings => new();

    /// <summary>The monitoring checks.</summary>
    Target CheckMonitoring => _ => _.Description("Checks the Grafana dashboard, alert rules and scrape configuration").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<MonitoringModule>(token));
}
