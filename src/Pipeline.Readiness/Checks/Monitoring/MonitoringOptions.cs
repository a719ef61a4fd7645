namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>Where the monitoring assets are: Grafana dashboards, Prometheus alert rules, and the manifests that
/// carry the scrape configuration.</summary>
public sealed record MonitoringOptions : ICheckOptions
{
    /// <summary>Grafana dashboard JSON files (globs).</summary>
    public IReadOnlyList<string> Dashboards { get; init; } = ["k8s/**/*dashboard*.json", "monitoring/**/*dashboard*.json"];

    /// <summary>Prometheus rule files or PrometheusRule manifests (globs), and Markdown documents holding rules in YAML
    /// blocks (the seed links <c>docs/alerting_rules.md</c>).</summary>
    public IReadOnlyList<string> AlertRules { get; init; } = ["k8s/**/*alert*.yaml", "k8s/**/*alert*.yml", "monitoring/**/*rules*.yaml", "monitoring/**/*rules*.yml", "docs/**/*alert*.md"];

    /// <summary>Kubernetes manifests holding a ServiceMonitor or <c>prometheus.io/scrape</c> annotations (globs).</summary>
    public IReadOnlyList<string> Manifests { get; init; } = ["k8s/**/*.yaml", "k8s/**/*.yml", "deploy/**/*.yaml", "deploy/**/*.yml"];

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (Dashboards.Count == 0 || AlertRules.Count == 0)
        {
            yield return "Dashboards, AlertRules: name where to find them";
        }
    }
}
