namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>Registers the monitoring-asset checks (Polly-style <c>AddX</c>): dashboard, alert rules, scrape configuration.
/// Given what <c>/metrics</c> serves, the dashboard and alert checks also compare the metrics they use.</summary>
internal static class MonitoringChecks
{
    /// <summary>Adds a check for every such monitoring item that has no check yet.</summary>
    public static ReadinessSetup AddMonitoringChecks(this ReadinessSetup setup, MonitoringOptions? options = null, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics = null)
    {
        options ??= new MonitoringOptions();
        return setup.AddMissing(
            (Items.Monitoring.DashboardImported, new GrafanaDashboardCheck(options, exposedMetrics)),
            (Items.Monitoring.AlertRules, new AlertRulesCheck(options, exposedMetrics)),
            (Items.Monitoring.MetricsScraped, new ScrapeConfigurationCheck(options)),
            (Items.Database.PoolMetrics, new PoolMetricsCheck(options, exposedMetrics)));
    }
}
