using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Operations;

/// <summary>Dashboards and alerts with metrics the service never defines (issue 17), without running it: the metric
/// names they read are compared with those the code declares (prometheus_client, with the suffixes it serves);
/// alert rules kept in Markdown YAML blocks — even templated ones no YAML parser accepts — are read; pool metrics fail
/// when the code declares none.</summary>
public sealed class DeclaredMetricsTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-metrics-");

    public DeclaredMetricsTests()
    {
        Write("pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\"prometheus-client>=0.25.0\"]\n");
        Write("svc/metrics.py", """
            from prometheus_client import Counter, Histogram

            users_created_total = Counter(
                "users_created_total",
                "Users created",
            )
            query_seconds = Histogram("database_query_duration_seconds", "Query time")
            """);
        Write("k8s/grafana-dashboard.json", """
            { "panels": [
              { "title": "Users", "targets": [ { "expr": "sum(rate(users_created_total[5m]))" } ] },
              { "title": "Queries", "targets": [ { "expr": "histogram_quantile(0.95, sum(rate(database_query_duration_seconds_bucket[5m])) by (le))" } ] },
              { "title": "Up", "targets": [ { "expr": "up{job=\"svc\"}" } ] }
            ] }
            """);
        Write("docs/alerting_rules.md", """
            # Alerting Rules

            ```yaml
            groups:
              - name: svc
                rules:
                  - alert: SlowQueries
                    expr: |
                      histogram_quantile(0.95, sum(rate(database_query_duration_seconds_bucket[5m])) by (le)) > 0.5
                    for: 5m
                    labels:
                      severity: warning
                    annotations:
                      description: "P95 is {{ "{{" }} $value {{ "}}" }}"
            ```
            """);
    }

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private async Task<Dictionary<string, CheckResult>> Check() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddMonitoringChecks(), Root)).ToDictionary(r => r.Item.Id, r => r.Result);

    [Fact]
    public async Task Metrics_the_code_declares_pass_and_ones_it_never_defines_fail()
    {
        var declared = await Check();

        Assert.True(declared["monitoring.dashboard-imported"].Status == CheckStatus.Passed, declared["monitoring.dashboard-imported"].Summary);
        Assert.True(declared["monitoring.alert-rules"].Status == CheckStatus.Passed, declared["monitoring.alert-rules"].Summary);
        Assert.Contains("1 alert rule(s) in 1 file(s)", declared["monitoring.alert-rules"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, declared["database.pool-metrics"].Status);

        Write("k8s/grafana-dashboard.json", """{ "panels": [ { "title": "Pool", "targets": [ { "expr": "db_connection_pool_size - db_connection_pool_available" } ] } ] }""");
        Write("docs/alerting_rules.md", File.ReadAllText(Path.Combine(Root, "docs/alerting_rules.md")).Replace("database_query_duration_seconds_bucket", "http_request_duration_seconds_bucket", StringComparison.Ordinal));
        var undefined = await Check();

        Assert.Equal(CheckStatus.Failed, undefined["monitoring.dashboard-imported"].Status);
        Assert.Contains("k8s/grafana-dashboard.json queries db_connection_pool_available, which the service does not serve", undefined["monitoring.dashboard-imported"].Summary, StringComparison.Ordinal);
        Assert.Contains("alert(s) read metrics the service does not serve: http_request_duration_seconds_bucket", undefined["monitoring.alert-rules"].Summary, StringComparison.Ordinal);
        Assert.Contains("k8s/grafana-dashboard.json reads db_connection_pool_size", undefined["database.pool-metrics"].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_declared_metrics_an_unknown_library_is_undecided_and_no_library_serves_nothing()
    {
        File.Delete(Path.Combine(Root, "svc/metrics.py"));
        Write("pyproject.toml", "[project]\nname = \"svc\"\ndependencies = [\"aioprometheus>=23\"]\n");

        var unknown = await Check();

        Assert.Equal(CheckStatus.Error, unknown["monitoring.dashboard-imported"].Status);
        Assert.Contains("the code declares no metric", unknown["monitoring.dashboard-imported"].Summary, StringComparison.Ordinal);

        File.Delete(Path.Combine(Root, "pyproject.toml"));
        var none = await Check();

        Assert.Equal(CheckStatus.Failed, none["monitoring.dashboard-imported"].Status);
        Assert.Contains("no metrics library among its dependencies", none["monitoring.dashboard-imported"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, none["database.pool-metrics"].Status);
    }

    [Fact]
    public void A_librarys_histogram_serves_its_buckets_sum_and_count()
    {
        // Found on orders-api under ./build.sh Release: prometheus-net.AspNetCore's UseHttpMetrics() serves
        // http_request_duration_seconds as a histogram, and its dashboard's histogram_quantile reads the _bucket series.
        Write("src/Api/Api.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><ItemGroup><PackageReference Include=\"prometheus-net.AspNetCore\" Version=\"8.2.1\" /></ItemGroup></Project>\n");

        var declared = DeclaredMetrics.Find(Root);

        Assert.All(["http_request_duration_seconds_bucket", "http_request_duration_seconds_sum", "http_request_duration_seconds_count", "http_requests_received_total"],
            metric => Assert.True(declared.Knows(metric), metric));
        Assert.False(declared.Knows("http_requests_received_total_bucket"));
    }
}
