namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>The <c>CheckMonitoring</c> target's items: the dashboard, the alert rules, the scrape configuration and the
/// connection pool metrics.</summary>
internal sealed class MonitoringModule : ReadinessModule<ICheckMonitoring>
{
    public override string Target => "CheckMonitoring";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
        [Readiness.Items.Monitoring.DashboardImported, Readiness.Items.Monitoring.AlertRules, Readiness.Items.Monitoring.MetricsScraped, Readiness.Items.Database.PoolMetrics];

    protected override void Register(ICheckMonitoring component, ReadinessSetup setup) => setup.AddMonitoringChecks(component.MonitoringSettings);
}
