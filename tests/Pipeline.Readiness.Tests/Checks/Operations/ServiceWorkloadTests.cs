using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Operations;

/// <summary>The wrong workload (issue 17): a development PostgreSQL StatefulSet probed by <c>pg_isready</c> is a
/// dependency, not the service; the service's own Deployment is the one DevSpace's component chart renders from
/// <c>devspace.yaml</c> (the image built from this repository), with the chart's defaults (Recreate, 1 replica).</summary>
public sealed class ServiceWorkloadTests : IDisposable
{
    private const string Postgres = """
        apiVersion: apps/v1
        kind: StatefulSet
        metadata:
          name: postgres
        spec:
          replicas: 1
          template:
            spec:
              containers:
                - name: postgres
                  image: postgres:18
                  livenessProbe:
                    exec: { command: ["pg_isready", "-U", "app"] }
                  readinessProbe:
                    exec: { command: ["pg_isready", "-U", "app"] }
        """;

    private const string DevSpace = """
        version: v2beta1
        images:
          app:
            image: ${IMAGE_NAME}
            dockerfile: ./Dockerfile
        deployments:
          postgres:
            kubectl:
              manifests: [k8s/postgres-statefulset.yaml]
          backend:
            helm:
              chart: { name: component-chart, repo: https://charts.devspace.sh }
              values:
                containers:
                  - name: api
                    image: ${runtime.images.app.image}:${runtime.images.app.tag}
                    readinessProbe:
                      httpGet: { path: /health, port: 8000 }
                    livenessProbe:
                      httpGet: { path: /health, port: 8000 }
        """;

    private readonly TemporaryRepository _repository = new("pipeline-workloads-");

    public ServiceWorkloadTests() => Write("k8s/postgres-statefulset.yaml", Postgres);

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private static string Edited(string from, string to)
    {
        Assert.Contains(from, DevSpace, StringComparison.Ordinal);
        return DevSpace.Replace(from, to, StringComparison.Ordinal);
    }

    private async Task<Dictionary<string, CheckResult>> Check() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddOperationsChecks(), Root)).ToDictionary(r => r.Item.Id, r => r.Result);

    [Fact]
    public async Task A_service_compose_deploys_fails_the_rollout_items_and_leaves_readiness_to_its_proxy()
    {
        File.Delete(Path.Combine(Root, "k8s", "postgres-statefulset.yaml"));
        Write("compose.yml", "services:\n  backend:\n    build: .\n    restart: always\n    healthcheck:\n      test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8000/health\"]\n");

        var results = await Check();

        Assert.Equal(CheckStatus.Failed, results["operations.liveness-probe"].Status);
        Assert.Contains("a Compose healthcheck restarts nothing", results["operations.liveness-probe"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Error, results["operations.readiness-probe"].Status);
        Assert.Equal(CheckStatus.Failed, results["operations.zero-downtime"].Status);
    }

    [Fact]
    public async Task A_dependency_alone_is_not_the_service()
    {
        var liveness = (await Check())["operations.liveness-probe"];

        Assert.Equal(CheckStatus.Failed, liveness.Status);
        Assert.Contains("no Deployment, StatefulSet or Rollout of the service", liveness.Summary, StringComparison.Ordinal);
        Assert.Contains("dependencies, not judged: StatefulSet postgres (container postgres) at k8s/postgres-statefulset.yaml(1)", liveness.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_service_deployment_devspace_renders_is_judged_with_the_chart_defaults()
    {
        Write("devspace.yaml", DevSpace);

        var results = await Check();

        Assert.Equal(CheckStatus.Passed, results["operations.liveness-probe"].Status);
        Assert.True(results["operations.liveness-probe"].Summary.StartsWith("1 workload(s) of the service meet the rule: Deployment backend (container api) at devspace.yaml(10), deployments.backend rendered as DevSpace's component chart renders it",
            StringComparison.Ordinal), results["operations.liveness-probe"].Summary);
        Assert.Equal(CheckStatus.Failed, results["operations.zero-downtime"].Status);
        Assert.Contains("strategy is Recreate", results["operations.zero-downtime"].Summary, StringComparison.Ordinal);

        Write("devspace.yaml", Edited("        containers:", "        rollingUpdate: { enabled: true }\n        containers:"));
        Assert.Equal(CheckStatus.Passed, (await Check())["operations.zero-downtime"].Status);

        Write("devspace.yaml", Edited("\n            livenessProbe:\n              httpGet: { path: /health, port: 8000 }", ""));
        var withoutProbe = (await Check())["operations.liveness-probe"];
        Assert.Equal(CheckStatus.Failed, withoutProbe.Status);
        Assert.Contains("container api has no livenessProbe", withoutProbe.Summary, StringComparison.Ordinal);
    }
}
