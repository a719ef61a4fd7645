using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>"Metrics scraped": the manifests hold a ServiceMonitor or PodMonitor, or a workload's pod template or a
/// Service carries <c>prometheus.io/scrape: "true"</c>.</summary>
internal sealed class ScrapeConfigurationCheck(MonitoringOptions options) : ReadinessCheck<MonitoringOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "prometheus-scrape";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var objects = await new KubernetesManifestReads(Options.Manifests).ReadAsync(context).ConfigureAwait(false);
        var monitor = objects.FirstOrDefault(o => o.Kind is "ServiceMonitor" or "PodMonitor");
        var annotated = objects.FirstOrDefault(o => Scrapes(o.IsWorkload ? o.Mapping("spec", "template", "metadata", "annotations") : o.Kind == "Service" ? o.Mapping("metadata", "annotations") : null));
        var found = monitor ?? annotated;
        var none = $"no ServiceMonitor, PodMonitor or prometheus.io/scrape annotation in {objects.Count} manifest object(s)";
        return found is null
            ? CheckResult.Failed(objects.Count, none, Finding.Create("monitoring.scrape", FindingSeverity.Error, null, null, none, "none"))
            : CheckResult.Passed(objects.Count, $"{found.Kind} {found.Name} at {found.File}({found.Line}) has Prometheus scrape it");
    }

    private static bool Scrapes(YamlMappingNode? annotations) =>
        KubernetesObject.At(annotations, "prometheus.io/scrape") is YamlScalarNode { Value: "true" };
}
