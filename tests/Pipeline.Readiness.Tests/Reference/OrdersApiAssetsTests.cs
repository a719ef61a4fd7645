using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>The reference service's committed assets (<c>samples/orders-api</c>: ConfigMap, Deployment, PDB, Ingress,
/// dashboard, alert rules, docs, workflow) pass the configuration, operations and monitoring checks, with the service
/// started from that ConfigMap so the dashboard and alert metrics are compared with what its <c>/metrics</c> serves.</summary>
[Collection(OrdersApiCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class OrdersApiAssetsTests(OrdersApiBuild service)
{
    private static string Root => Path.Combine(RepositoryRoot.Path, "samples", "orders-api");

    [Fact]
    public async Task The_committed_assets_pass_configuration_operations_and_monitoring()
    {
        await using var discovery = await IssuerDiscoveryStandIn.StartAsync("https://login.example.com/orders");
        var configuration = new ConfigurationOptions
        {
            DiscoveryHandler = discovery.Handler,
            ValidationCommand = ["dotnet", service.Assembly, "--validate-config"],
            Keys = new Dictionary<string, string> { ["SQLALCHEMY_ECHO"] = "SQL_ECHO" },
            ValidationStandIns = new Dictionary<string, string> { ["DATABASE_URL"] = "postgresql://orders@db.invalid:5432/orders" },
        };
        var environment = ConfigurationView.Load(Root, configuration).Environment(new Dictionary<string, string> { ["DATABASE_URL"] = "postgresql://orders@db.invalid:5432/orders" });
        var setup = new ReadinessSetup().AddConfigurationChecks(configuration).AddOperationsChecks();
        var run = setup.AddRuntimeProbes(new RuntimeProbeOptions
        {
            Command = ["dotnet", service.Assembly, "--urls", "http://127.0.0.1:{port}"],
            Environment = environment,
            ProtectedPaths = ["/api/orders"],
            RateLimitPath = "/api/orders",
            RateLimitRequests = 700,
            Load = new LoadTestOptions { Requests = 100, Concurrency = 4, MinimumThroughput = 10, MaximumP95 = TimeSpan.FromSeconds(2) },
        });
        setup.AddMonitoringChecks(exposedMetrics: run.ExposedMetricsAsync);
        var results = (await CheckRuns.RunAllAsync(setup, Root)).Select(r => (Item: r.Item.Id, r.Result)).ToList();

        // Known gap of the reference service, measured since pool metrics are checked: prometheus-net exports ASP.NET's
        // memory-pool meters but no database pool metric, and its dashboard watches none.
        var pool = results.Single(r => r.Item == "database.pool-metrics").Result;
        Assert.True(pool.Status == CheckStatus.Failed && pool.Summary.StartsWith("the service serves no connection pool metric", StringComparison.Ordinal), pool.Summary);
        var blocking = results.Where(r => r.Item != "database.pool-metrics" && r.Result.Status is not (CheckStatus.Passed or CheckStatus.NotApplicable)).ToList();
        Assert.True(blocking.Count == 0, string.Join("\n", blocking.Select(b => $"{b.Item}: {b.Result.Status} {b.Result.Summary}")));
        Assert.Contains(results, r => r.Item == "monitoring.dashboard-imported" && r.Result.Summary.EndsWith("every metric known (/metrics of the running service)", StringComparison.Ordinal));
        Assert.Contains(results, r => r.Item == "security.jwt-public-key" && r.Result.Summary.Contains("RSA 2048 bits", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_dockerfile_passes_the_static_image_rules_and_its_healthcheck_command_works()
    {
        var dockerfile = await CheckRuns.RunAsync(new DockerfileCheck(new ImageScanOptions()), Items.Security.ContainerImageScanned, Root);
        var unhealthy = await new ProcessRunner().RunAsync(new ProcessSpec("dotnet", [service.Assembly, "--health-check", "http://127.0.0.1:9/health"]) { CheckExitCode = false, LogOutput = false });

        Assert.True(dockerfile.Status == CheckStatus.Passed, string.Join("; ", dockerfile.Findings.Select(f => f.Message)));
        Assert.Equal(1, unhealthy.ExitCode); // nothing listens there: the HEALTHCHECK reports unhealthy
    }
}
