using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Operations;

public sealed class OperationsCheckTests : IDisposable
{
    private readonly OperationsSample _sample = new();

    public void Dispose() => _sample.Dispose();

    private async Task<Dictionary<string, CheckResult>> Check()
    {
        var setup = new ReadinessSetup().AddOperationsChecks().AddMonitoringChecks();
        return (await CheckRuns.RunAllAsync(setup, _sample.Root)).ToDictionary(r => r.Item.Id, r => r.Result);
    }

    private static string Describe(Dictionary<string, CheckResult> results) => string.Join("\n", results.Select(r => $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));

    [Fact]
    public async Task A_well_run_service_passes_every_operations_and_monitoring_item()
    {
        var results = await Check();

        Assert.Equal(15, results.Count);
        Assert.All(results.Values, r => Assert.True(r.Status == CheckStatus.Passed, Describe(results)));
        Assert.Equal(".github/workflows/release.yml(7) runs the gate: - run: ./build.sh Release", results["operations.ci-cd-pipeline"].Summary);
    }

    [Theory]
    [InlineData("k8s/deployment.yaml", "          livenessProbe:\n            httpGet: { path: /health, port: 8080 }\n", "", "operations.liveness-probe", "container api has no livenessProbe")]
    [InlineData("k8s/deployment.yaml", "          readinessProbe:\n            httpGet: { path: /health, port: 8080 }\n", "", "operations.readiness-probe", "container api has no readinessProbe")]
    [InlineData("k8s/deployment.yaml", "maxUnavailable: 0", "maxUnavailable: 1", "operations.deployment-strategy", "rollingUpdate.maxUnavailable is 1")]
    [InlineData("k8s/deployment.yaml", "type: RollingUpdate", "type: Recreate", "operations.zero-downtime", "strategy is Recreate: every pod stops before the new ones start")]
    [InlineData(".github/workflows/release.yml", "./build.sh Release", "dotnet test", "operations.ci-cd-pipeline", "no CI workflow deploys or runs the gate")]
    [InlineData("docs/recovery.md", "RTO: 30 minutes. ", "", "operations.rto-rpo", "lacks an RTO with a duration")]
    [InlineData("docs/incident-response.md", "escalate", "call", "operations.incident-response", "lacks an escalation path")]
    [InlineData("k8s/alert-rules.yaml", "        for: 10m\n", "", "monitoring.alert-rules", "alert HighErrorRate at k8s/alert-rules.yaml(4) lacks for")]
    [InlineData("k8s/deployment.yaml", "prometheus.io/scrape: \"true\"", "team: orders", "monitoring.metrics-scraped", "no ServiceMonitor, PodMonitor or prometheus.io/scrape annotation")]
    public async Task Each_break_fails_exactly_its_item(string file, string from, string to, string item, string expected)
    {
        _sample.Replace(file, from, to);

        var results = await Check();

        Assert.Equal(CheckStatus.Failed, results[item].Status);
        Assert.Contains(expected, results[item].Summary);
        Assert.All(results.Where(r => r.Key != item && !(item is "operations.deployment-strategy" or "operations.zero-downtime" && r.Key is "operations.deployment-strategy" or "operations.zero-downtime")), r => Assert.True(r.Value.Status == CheckStatus.Passed, Describe(results)));
    }

    [Fact]
    public async Task Replicas_budget_and_resources_are_warnings_not_reasons_to_fail_zero_downtime()
    {
        _sample.Replace("k8s/deployment.yaml", "replicas: 3", "replicas: 1");
        _sample.Replace("k8s/deployment.yaml", "            limits: { memory: 512Mi }\n", "");
        _sample.Replace("k8s/deployment.yaml", "    matchLabels:\n      app: orders-api", "    matchLabels:\n      app: payments");

        var result = (await Check())["operations.zero-downtime"];

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.Equal(
            ["replicas is 1; run at least 2 to stay up during node drains", "no PodDisruptionBudget selects its pods", "container api sets no resources limits.memory"],
            result.Findings.Where(f => f.Severity == FindingSeverity.Warning).Select(f => f.Message[(f.Message.IndexOf("): ", StringComparison.Ordinal) + 3)..]));
    }

    [Fact]
    public async Task A_broken_dashboard_is_an_error_naming_file_and_line_and_metrics_are_compared_when_known()
    {
        var compared = new ReadinessSetup().AddMonitoringChecks(exposedMetrics: _ => Task.FromResult<IReadOnlySet<string>>(new HashSet<string> { "http_requests_total", "orders_db_pool_in_use" }));
        var unknown = await CheckRuns.RunAsync(compared.Checks[0].Check, Items.Monitoring.DashboardImported, _sample.Root);
        _sample.Write("k8s/grafana-dashboard.json", "{ \"panels\": [\n  { \"targets\": [ \n ] ,, }\n] }");

        var broken = (await Check())["monitoring.dashboard-imported"];

        Assert.Equal(CheckStatus.Failed, unknown.Status);
        Assert.Equal("k8s/grafana-dashboard.json queries http_request_duration_seconds_bucket, which the service does not serve (compared with /metrics of the running service)",
            Assert.Single(unknown.Findings).Message);
        Assert.Equal(CheckStatus.Error, broken.Status);
        Assert.Contains("k8s/grafana-dashboard.json(3): not valid JSON", broken.Summary);
    }

    [Theory]
    [InlineData("sum(rate(http_requests_total{job=\"orders\", status=~\"5..\"}[5m])) by (status, le)", "http_requests_total")]
    [InlineData("histogram_quantile(0.95, sum by (le) (rate(request_seconds_bucket[5m])))", "request_seconds_bucket")]
    [InlineData("up == 0 or absent(process_start_time_seconds)", "process_start_time_seconds up")]
    [InlineData("db_pool_in_use / db_pool_size > 0.9", "db_pool_in_use db_pool_size")]
    public void PromQl_metric_names_are_found(string expression, string expected) =>
        Assert.Equal(expected.Split(' ').Order(), PromQl.Metrics(expression).Order());
}
