namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Monitoring items of the seed checklist.</summary>
    public static class Monitoring
    {
        /// <summary>Prometheus metrics exposed: /metrics is reachable.</summary>
        public static readonly ChecklistItem MetricsExposed = new("monitoring.metrics-exposed", ReadinessCategory.Monitoring, "Metrics", "Prometheus metrics exposed", ItemBinding.Check);

        /// <summary>Metrics scraped: Scraping is configured.</summary>
        public static readonly ChecklistItem MetricsScraped = new("monitoring.metrics-scraped", ReadinessCategory.Monitoring, "Metrics", "Metrics scraped", ItemBinding.Check);

        /// <summary>Dashboard imported: The Grafana dashboard is configured.</summary>
        public static readonly ChecklistItem DashboardImported = new("monitoring.dashboard-imported", ReadinessCategory.Monitoring, "Metrics", "Dashboard imported", ItemBinding.Check);

        /// <summary>Alert rules configured: Alerting rules are valid and imported.</summary>
        public static readonly ChecklistItem AlertRules = new("monitoring.alert-rules", ReadinessCategory.Monitoring, "Alerting", "Alert rules configured", ItemBinding.Check);

        /// <summary>Alert channels set: PagerDuty/Slack/Email configured (attested).</summary>
        public static readonly ChecklistItem AlertChannels = new("monitoring.alert-channels", ReadinessCategory.Monitoring, "Alerting", "Alert channels set", ItemBinding.Attestation(SignOffRole.Operations, 180));

        /// <summary>On-call rotation: An escalation policy is defined (attested).</summary>
        public static readonly ChecklistItem OnCallRotation = new("monitoring.on-call-rotation", ReadinessCategory.Monitoring, "Alerting", "On-call rotation", ItemBinding.Attestation(SignOffRole.Operations, 90));

        /// <summary>Structured logging: JSON logs in production.</summary>
        public static readonly ChecklistItem StructuredLogging = new("monitoring.structured-logging", ReadinessCategory.Monitoring, "Logging", "Structured logging", ItemBinding.Check);

        /// <summary>Log aggregation: Logs are forwarded to a central system (attested).</summary>
        public static readonly ChecklistItem LogAggregation = new("monitoring.log-aggregation", ReadinessCategory.Monitoring, "Logging", "Log aggregation", ItemBinding.Attestation(SignOffRole.Operations, 180));

        /// <summary>Log retention: A retention policy is configured (attested).</summary>
        public static readonly ChecklistItem LogRetention = new("monitoring.log-retention", ReadinessCategory.Monitoring, "Logging", "Log retention", ItemBinding.Attestation(SignOffRole.Operations, 180));

        /// <summary>Request ID correlation: X-Request-ID is propagated through logs.</summary>
        public static readonly ChecklistItem RequestIdCorrelation = new("monitoring.request-id-correlation", ReadinessCategory.Monitoring, "Logging", "Request ID correlation", ItemBinding.Check);
    }
}
