using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>"Alert rules configured": Prometheus rule files (plain <c>groups:</c> or a PrometheusRule's
/// <c>spec.groups</c>) parse, hold at least one alert, and every alert has <c>expr</c>, <c>for</c> and a
/// <c>severity</c> label; with the exposed metrics given, every metric an alert reads exists.</summary>
internal sealed class AlertRulesCheck(MonitoringOptions options, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics = null) : ReadinessCheck<MonitoringOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => MetricCatalog.ReuseOf(exposedMetrics);

    /// <inheritdoc />
    public override string Name => "prometheus-alert-rules";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var files = RepositoryFiles.Matching(context.Root, Options.AlertRules);
        var catalog = await MetricCatalog.ResolveAsync(context, exposedMetrics).ConfigureAwait(false);
        var findings = new List<Finding>();
        var alerts = 0;
        foreach (var file in files)
        {
            var relative = context.Relative(file);
            foreach (var rule in file.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? MarkdownAlertRules.Read(file) : Rules(file, relative))
            {
                alerts++;
                var (name, line) = (rule.Name, rule.Line);
                var missing = new[] { ("expr", rule.Expression), ("for", rule.For) }.Where(k => string.IsNullOrWhiteSpace(k.Item2)).Select(k => k.Item1)
                    .Concat(rule.Severity is null ? ["labels.severity"] : []).ToList();
                if (missing.Count > 0)
                {
                    findings.Add(Finding.Create("monitoring.alert-rule", FindingSeverity.Error, relative, line, $"alert {name} at {relative}({line}) lacks {string.Join(", ", missing)}", $"{name}|{string.Join(",", missing)}"));
                }

                if (catalog.Knows is { } knows && rule.Expression is { } expr)
                {
                    findings.AddRange(PromQl.Metrics(expr).Where(m => !knows(m)).Select(m =>
                        Finding.Create("monitoring.alert-metric", FindingSeverity.Error, relative, line, $"alert {name} at {relative}({line}) reads {m}, which the service does not serve (compared with {catalog.Source})", $"{name}|{m}")));
                }
            }
        }

        if (alerts == 0)
        {
            var none = $"no alert rule found ({string.Join(", ", Options.AlertRules)})";
            return CheckResult.Failed(0, none, Finding.Create("monitoring.alert-rule", FindingSeverity.Error, null, null, none, "none"));
        }

        return findings.Count > 0 ? CheckResult.Failed(alerts, Summary(findings), [.. findings])
            : catalog.Undecided is { } undecided ? CheckResult.Error($"{alerts} alert rule(s) in {files.Count} file(s), but {undecided}")
            : CheckResult.Passed(alerts, $"{alerts} alert rule(s) in {files.Count} file(s), each with expr, for and severity, every metric known ({catalog.Source})");
    }

    /// <summary>The findings in one line: metrics that no source serves are listed once each, the rest in full.</summary>
    private static string Summary(List<Finding> findings)
    {
        var metrics = findings.Where(f => f.Rule == "monitoring.alert-metric").Select(f => f.Message.Split(" reads ")[1].Split(',')[0].Split(' ')[0]).Distinct().ToList();
        var other = findings.Where(f => f.Rule != "monitoring.alert-metric").Select(f => f.Message);
        var unknown = metrics.Count == 0 ? [] : new[] { $"{findings.Count(f => f.Rule == "monitoring.alert-metric")} alert(s) read metrics the service does not serve: {string.Join(", ", metrics)}" };
        return string.Join("; ", other.Concat(unknown));
    }

    private static IEnumerable<AlertRule> Rules(string file, string relative)
    {
        return RepositoryFiles.LoadYaml(file, relative).Documents.Select(d => KubernetesObject.At(d.RootNode, "groups") ?? KubernetesObject.At(d.RootNode, "spec", "groups"))
            .OfType<YamlSequenceNode>().SelectMany(g => g.Children).SelectMany(g => (KubernetesObject.At(g, "rules") as YamlSequenceNode)?.Children ?? [])
            .OfType<YamlMappingNode>().Where(r => KubernetesObject.At(r, "alert") is YamlScalarNode)
            .Select(r => new AlertRule(((YamlScalarNode)KubernetesObject.At(r, "alert")!).Value ?? "", (int)r.Start.Line,
                (KubernetesObject.At(r, "expr") as YamlScalarNode)?.Value, (KubernetesObject.At(r, "for") as YamlScalarNode)?.Value,
                (KubernetesObject.At(r, "labels", "severity") as YamlScalarNode)?.Value));
    }
}
