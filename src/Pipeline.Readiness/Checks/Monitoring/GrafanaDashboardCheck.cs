using System.Text.Json;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>"Dashboard imported": every Grafana dashboard parses, has panels, and every panel query (<c>expr</c>)
/// names metrics, and every metric a query uses is one the service serves (<see cref="MetricCatalog"/>: its running
/// <c>/metrics</c> when <paramref name="exposedMetrics"/> can run it, else what its code declares).</summary>
internal sealed class GrafanaDashboardCheck(MonitoringOptions options, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics = null) : ReadinessCheck<MonitoringOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => MetricCatalog.ReuseOf(exposedMetrics);

    /// <inheritdoc />
    public override string Name => "grafana-dashboard";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var files = RepositoryFiles.Matching(context.Root, Options.Dashboards);
        if (files.Count == 0)
        {
            return CheckResult.Failed(0, $"no Grafana dashboard found ({string.Join(", ", Options.Dashboards)})", Finding.Create("monitoring.dashboard", FindingSeverity.Error, null, null, "no dashboard", "none"));
        }

        var catalog = await MetricCatalog.ResolveAsync(context, exposedMetrics).ConfigureAwait(false);
        var findings = new List<Finding>();
        var queries = 0;
        foreach (var file in files)
        {
            var relative = context.Relative(file);
            using var document = Parse(file, relative);
            var expressions = Panels(document.RootElement).SelectMany(p => p.TryGetProperty("targets", out var t) && t.ValueKind == JsonValueKind.Array ? t.EnumerateArray() : [])
                .Select(t => t.TryGetProperty("expr", out var e) ? e.GetString() ?? string.Empty : string.Empty).Where(e => e.Length > 0).ToList();
            queries += expressions.Count;
            if (expressions.Count == 0)
            {
                findings.Add(Finding.Create("monitoring.dashboard", FindingSeverity.Error, relative, null, $"{relative} has no panel with a query", relative));
            }

            var unknown = catalog.Knows is not { } knows ? [] : expressions.SelectMany(PromQl.Metrics).Distinct().Where(m => !knows(m)).Order(StringComparer.Ordinal).ToList();
            findings.AddRange(unknown.Select(m => Finding.Create("monitoring.dashboard-metric", FindingSeverity.Error, relative, null, $"{relative} queries {m}, which the service does not serve (compared with {catalog.Source})", m)));
        }

        return findings.Count > 0 ? CheckResult.Failed(queries, string.Join("; ", findings.Select(f => f.Message)), [.. findings])
            : catalog.Undecided is { } undecided ? CheckResult.Error($"{files.Count} dashboard(s), {queries} queries, but {undecided}")
            : CheckResult.Passed(queries, $"{files.Count} dashboard(s), {queries} queries, every metric known ({catalog.Source})");
    }

    private static JsonDocument Parse(string file, string relative)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException exception)
        {
            throw RepositoryFiles.NotValidJson(relative, exception);
        }
    }

    private static IEnumerable<JsonElement> Panels(JsonElement element)
    {
        var root = element.TryGetProperty("dashboard", out var wrapped) ? wrapped : element;
        if (!root.TryGetProperty("panels", out var panels) || panels.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var panel in panels.EnumerateArray())
        {
            yield return panel;
            foreach (var nested in panel.TryGetProperty("panels", out var inner) && inner.ValueKind == JsonValueKind.Array ? inner.EnumerateArray() : [])
            {
                yield return nested;
            }
        }
    }
}
