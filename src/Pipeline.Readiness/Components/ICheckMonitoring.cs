namespace Pipeline.Readiness;

/// <summary>The monitoring assets: a Grafana dashboard with queries, Prometheus alert rules with expr, for and
/// severity, and a scrape configuration.</summary>
public interface ICheckMonitoring : IReadinessComponent
{
    /// <summary>Override to point at the service's dashboards, rules and manifests.</summary>
    MonitoringOptions MonitoringSettings => new();

    /// <summary>The monitoring checks.</summary>
    Target CheckMonitoring => _ => _.Description("Checks the Grafana dashboard, alert rules and scrape configuration").Executes(token => EvaluateItemsAsync("CheckMonitoring", token));

    /// <summary>Registers the monitoring checks.</summary>
    [ReadinessChecks(order: 9)]
    void AddMonitoringChecks(ReadinessSetup setup) => setup.AddMonitoringChecks(MonitoringSettings);
}
