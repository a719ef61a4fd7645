using YamlDotNet.RepresentationModel;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>"Alert rules configured": Prometheus rule files (plain <c>groups:</c> or a PrometheusRule's
/// <c>spec.groups</c>) parse, hold at least one alert, and every alert has <c>expr</c>, <c>for</c> and a
/// <c>severity</c> label; with the exposed metrics given, every metric an alert reads exists.</summary>
internal sealed class AlertRulesCheck(MonitoringOptions options, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics = null) : ReadinessCheck<MonitoringOptions>(options)
{
    /// <inheritdoc />
    public override string Name => "prometheus-alert-rules";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var files = RepositoryFiles.Matching(context.Root, Options.AlertRules);
        var exposed = exposedMetrics is null ? null : await exposedMetrics(context).ConfigureAwait(false);
        var findings = new List<Finding>();
        var alerts = 0;
        foreach (var file in files)
        {
            var relative = context.Relative(file);
            foreach (var rule in Rules(file, relative).Where(r => KubernetesObject.At(r, "alert") is YamlScalarNode))
            {
                alerts++;
                var name = ((YamlScalarNode)KubernetesObject.At(rule, "alert")!).Value;
                var line = (int)rule.Start.Line;
                var missing = new[] { "expr", "for" }.Where(k => KubernetesObject.At(rule, k) is not YamlScalarNode { Value.Length: > 0 })
                    .Concat(KubernetesObject.At(rule, "labels", "severity") is YamlScalarNode ? [] : ["labels.severity"]).ToList();
                if (missing.Count > 0)
                {
                    findings.Add(Finding.Create("monitoring.alert-rule", FindingSeverity.Error, relative, line, $"alert {name} at {relative}({line}) lacks {string.Join(", ", missing)}", $"{name}|{string.Join(",", missing)}"));
                }

                if (exposed is not null && KubernetesObject.At(rule, "expr") is YamlScalarNode { Value: { } expr })
                {
                    findings.AddRange(PromQl.Metrics(expr).Where(m => !exposed.Contains(m)).Select(m =>
                        Finding.Create("monitoring.alert-metric", FindingSeverity.Error, relative, line, $"alert {name} at {relative}({line}) reads {m}, which /metrics does not expose", $"{name}|{m}")));
                }
            }
        }

        if (alerts == 0)
        {
            var none = $"no alert rule found ({string.Join(", ", Options.AlertRules)})";
            return CheckResult.Failed(0, none, Finding.Create("monitoring.alert-rule", FindingSeverity.Error, null, null, none, "none"));
        }

        return findings.Count == 0
            ? CheckResult.Passed(alerts, $"{alerts} alert rule(s) in {files.Count} file(s), each with expr, for and severity")
            : CheckResult.Failed(alerts, string.Join("; ", findings.Select(f => f.Message)), [.. findings]);
    }

    private static IEnumerable<YamlMappingNode> Rules(string file, string relative)
    {
        return RepositoryFiles.LoadYaml(file, relative).Documents.Select(d => KubernetesObject.At(d.RootNode, "groups") ?? KubernetesObject.At(d.RootNode, "spec", "groups"))
            .OfType<YamlSequenceNode>().SelectMany(g => g.Children).SelectMany(g => (KubernetesObject.At(g, "rules") as YamlSequenceNode)?.Children ?? [])
            .OfType<YamlMappingNode>();
    }
}
