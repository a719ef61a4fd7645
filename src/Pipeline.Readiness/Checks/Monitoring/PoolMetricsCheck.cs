using System.Text.Json;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Monitoring;

/// <summary>"Connection pool metrics: Monitoring pool utilization": the service serves a metric of its connection
/// pool (<see cref="MetricCatalog"/>: its running <c>/metrics</c>, else what its code declares) and a dashboard or alert
/// reads one. A dashboard reading a pool metric nobody serves is a failure naming it.</summary>
internal sealed partial class PoolMetricsCheck(MonitoringOptions options, Func<CheckContext, Task<IReadOnlySet<string>>>? exposedMetrics = null) : ReadinessCheck<MonitoringOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => MetricCatalog.ReuseOf(exposedMetrics);

    /// <inheritdoc />
    public override string Name => "pool-metrics";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var catalog = await MetricCatalog.ResolveAsync(context, exposedMetrics).ConfigureAwait(false);
        if (catalog.Undecided is { } undecided)
        {
            return CheckResult.Error($"whether the service measures its connection pool is unknown: {undecided}");
        }

        var served = catalog.Names.Where(n => Pool().IsMatch(n)).Order(StringComparer.Ordinal).ToList();
        var read = Queries(context).SelectMany(q => PromQl.Metrics(q.Expression).Select(m => (Metric: m, q.File))).Where(q => Pool().IsMatch(q.Metric)).Distinct().ToList();
        var missing = read.Where(q => !catalog.Knows!(q.Metric)).ToList();
        if (served.Count == 0)
        {
            var message = $"the service serves no connection pool metric (compared with {catalog.Source})"
                + (missing.Count > 0 ? $"; {string.Join(", ", missing.Select(m => $"{m.File} reads {m.Metric}"))}, which nothing defines" : "");
            return CheckResult.Failed(catalog.Names.Count, message, Finding.Create("monitoring.pool-metrics", FindingSeverity.Error, missing.FirstOrDefault().File, null, message, "none"));
        }

        var used = read.Where(q => catalog.Knows!(q.Metric)).ToList();
        return used.Count > 0
            ? CheckResult.Passed(served.Count, $"pool metric(s) {string.Join(", ", used.Select(u => u.Metric).Distinct())} served and read by {string.Join(", ", used.Select(u => u.File).Distinct())}")
            : CheckResult.Failed(served.Count, $"the service serves {string.Join(", ", served.Take(3))}, but no dashboard or alert rule reads a pool metric: nobody watches the pool",
                Finding.Create("monitoring.pool-metrics", FindingSeverity.Error, null, null, "no dashboard or alert reads a pool metric", "unwatched"));
    }

    private IEnumerable<(string File, string Expression)> Queries(CheckContext context)
    {
        foreach (var file in RepositoryFiles.Matching(context.Root, Options.Dashboards))
        {
            foreach (Match match in Expression().Matches(File.ReadAllText(file)))
            {
                yield return (context.Relative(file), JsonSerializer.Deserialize<string>(match.Groups[1].Value) ?? "");
            }
        }

        foreach (var file in RepositoryFiles.Matching(context.Root, Options.AlertRules))
        {
            foreach (Match match in RuleExpression().Matches(File.ReadAllText(file)))
            {
                yield return (context.Relative(file), match.Value);
            }
        }
    }

    /// <summary>A database connection pool's metric (not a memory or thread pool's).</summary>
    [GeneratedRegex(@"(^|_)(db|database|sql|npgsql|pg|postgres|mysql|sqlalchemy|hikari|pgbouncer|efcore|ef_core|sqlclient)_([a-z0-9]+_)*(pool|connections)|(^|_)connection_pool|db_client_connections")]
    private static partial Regex Pool();

    [GeneratedRegex(@"""expr""\s*:\s*(""(?:[^""\\]|\\.)*"")")]
    private static partial Regex Expression();

    [GeneratedRegex(@"[a-zA-Z_:][a-zA-Z0-9_:]*(pool|connections_(usage|max|idle|used|pending|timeouts))[a-zA-Z0-9_:]*")] // narrowed by Pool()
    private static partial Regex RuleExpression();
}
