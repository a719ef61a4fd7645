namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>What a dashboard's or an alert's metric names are compared with: what the running service's
/// <c>/metrics</c> serves when it can be run, otherwise what its code declares (<see cref="DeclaredMetrics"/>).
/// Metrics of the platform (<c>up</c>, <c>probe_*</c>, <c>kube_*</c>…) are known either way. A service with no metrics
/// library at all serves none; when a library is there but nothing tells which metrics, the comparison is undecided.</summary>
internal sealed record MetricCatalog(Func<string, bool>? Knows, IReadOnlyCollection<string> Names, string Source, string? Undecided)
{
    /// <summary>What a check comparing with the catalog depends on: the tracked files (its dashboards, alerts and the
    /// code that declares metrics), and the service's run when it reads one (never reused when that run is not).</summary>
    public static EvidenceReuse? ReuseOf(Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics) =>
        exposedMetrics is null ? EvidenceReuse.WholeTree : (exposedMetrics.Target as Collector)?.Reuse;

    /// <summary>The catalog for one evaluation.</summary>
    public static async Task<MetricCatalog> ResolveAsync(CheckContext context, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics)
    {
        var declared = DeclaredMetrics.Find(context.Root);
        var note = "";
        if (exposedMetrics is not null)
        {
            try
            {
                var served = await exposedMetrics(context).ConfigureAwait(false);
                return new MetricCatalog(m => served.Contains(m) || DeclaredMetrics.Platform.Knows(m), served, "/metrics of the running service", null);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                note = $"; the service could not be run ({exception.Message.Split('\n')[0]})";
            }
        }

        if (!declared.Any && !declared.AnyMetricsLibrary)
        {
            return new MetricCatalog(DeclaredMetrics.Platform.Knows, [], "nothing the service serves: no metrics library among its dependencies and no metric declared in its code" + note, null);
        }

        return declared.Any
            ? new MetricCatalog(declared.Knows, [.. declared.Names.Keys], declared.Describe() + note, null)
            : new MetricCatalog(null, [], "nothing", "the code declares no metric and none of its dependencies is an instrumentation library the gate knows, so which metrics the service serves is unknown"
                + note + "; run the service (RuntimeProbeSettings) to compare with its /metrics");
    }
}
