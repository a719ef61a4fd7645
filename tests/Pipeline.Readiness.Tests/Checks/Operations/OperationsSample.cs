namespace Pipeline.Readiness.Tests.Checks.Operations;

/// <summary>A service's operations assets in a temporary root, all meeting the gate: a Deployment (3 replicas,
/// RollingUpdate maxUnavailable 0, probes, resources), a PodDisruptionBudget, a ServiceMonitor, a Grafana dashboard,
/// alert rules, docs and a CI workflow running the gate. Tests replace one text.</summary>
internal sealed class OperationsSample : IDisposable
{
    public const string Deployment = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: orders-api
        spec:
          replicas: 3
          strategy:
            type: RollingUpdate
            rollingUpdate:
              maxUnavailable: 0
              maxSurge: 1
          template:
            metadata:
              labels:
                app: orders-api
              annotations:
                prometheus.io/scrape: "true"
            spec:
              containers:
                - name: api
                  image: orders-api:1.4.2
                  livenessProbe:
                    httpGet: { path: /health, port: 8080 }
                  readinessProbe:
                    httpGet: { path: /health, port: 8080 }
                  resources:
                    requests: { cpu: 250m, memory: 256Mi }
                    limits: { memory: 512Mi }
        ---
        apiVersion: policy/v1
        kind: PodDisruptionBudget
        metadata:
          name: orders-api
        spec:
          minAvailable: 2
          selector:
            matchLabels:
              app: orders-api
        """;

    public OperationsSample()
    {
        Write("k8s/deployment.yaml", Deployment);
        Write("src/Orders.Api/ServiceMetrics.cs", """
            using Prometheus;

            internal static class ServiceMetrics
            {
                public static readonly Counter Requests = Metrics.CreateCounter("http_requests_total", "Requests", "status");
                public static readonly Histogram Latency = Metrics.CreateHistogram("http_request_duration_seconds", "Latency");
                public static readonly Gauge PoolInUse = Metrics.CreateGauge("orders_db_pool_in_use", "Connections in use");
            }
            """);
        Write("k8s/grafana-dashboard.json", """
            { "title": "Orders", "panels": [
              { "title": "Requests", "targets": [ { "expr": "sum(rate(http_requests_total{job=\"orders\"}[5m])) by (status)" } ] },
              { "type": "row", "panels": [ { "title": "Latency", "targets": [ { "expr": "histogram_quantile(0.95, sum(rate(http_request_duration_seconds_bucket[5m])) by (le))" } ] } ] },
              { "title": "Pool", "targets": [ { "expr": "max(orders_db_pool_in_use)" } ] }
            ] }
            """);
        Write("k8s/alert-rules.yaml", """
            groups:
              - name: orders
                rules:
                  - alert: HighErrorRate
                    expr: sum(rate(http_requests_total{status=~"5.."}[5m])) / sum(rate(http_requests_total[5m])) > 0.05
                    for: 10m
                    labels:
                      severity: page
            """);
        Write("docs/runbook.md", "# Orders runbook\n\n## Restart the service\n\nkubectl rollout restart.\n\n## Scale out\n\nRaise replicas.\n\n## Health check\n\nThe load balancer and the readiness probe call /health.\n");
        Write("docs/architecture.md", "# Architecture\n\n```mermaid\ngraph LR; client --> api --> db\n```\n");
        Write("docs/recovery.md", "# Recovery procedure\n\n1. Fail over the database.\n2. Restore from the last backup.\n3. Redeploy.\n\nRTO: 30 minutes. RPO: 5 minutes.\n");
        Write("docs/incident-response.md", "# Incident response\n\nPage the on-call engineer; escalate to the tech lead after 15 minutes.\n");
        Write(".github/workflows/release.yml", "on: { push: { branches: [main] } }\njobs:\n  release:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./build.sh Release\n");
    }

    public string Root { get; } = Directory.CreateTempSubdirectory("pipeline-ops-").FullName;

    public void Write(string relative, string content)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
    }

    public void Replace(string relative, string from, string to)
    {
        var path = Path.Combine(Root, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
