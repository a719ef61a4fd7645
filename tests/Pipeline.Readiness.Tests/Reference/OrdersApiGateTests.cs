using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Reference;

/// <summary>The reference ASP.NET Core service started for real with its production configuration: the
/// configuration rules, the startup validation and the runtime probes all pass; then one setting is broken at a time
/// and exactly the matching item fails.</summary>
[Collection(OrdersApiCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class OrdersApiGateTests(OrdersApiBuild service) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-orders-root-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<Dictionary<string, CheckResult>> Gate(Dictionary<string, string> environment)
    {
        await using var discovery = await IssuerDiscoveryStandIn.StartAsync(environment["AUTH_PROVIDER_ISSUER"]);
        File.WriteAllLines(Path.Combine(_root, ".env.production"), environment.Select(e => $"{e.Key}={e.Value}"));
        var setup = new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions
        {
            Files = [".env.production"],
            Manifests = [],
            DiscoveryHandler = discovery.Handler,
            ValidationCommand = ["dotnet", service.Assembly, "--validate-config"],
        });
        setup.AddRuntimeProbes(new RuntimeProbeOptions
        {
            Command = ["dotnet", service.Assembly, "--urls", "http://127.0.0.1:{port}"],
            Environment = environment,
            ProtectedPaths = ["/api/orders"],
            RateLimitPath = "/api/orders",
            Load = new LoadTestOptions { Requests = 200, Concurrency = 4, MinimumThroughput = 10, MaximumP95 = TimeSpan.FromSeconds(2) },
        });
        return (await CheckRuns.RunAllAsync(setup, _root)).ToDictionary(r => $"{r.Item.Id}/{r.Check.Name}", r => r.Result);
    }

    private static string Describe(Dictionary<string, CheckResult> results) => string.Join("\n", results.Select(r => $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));

    private static IEnumerable<string> Blocking(Dictionary<string, CheckResult> results) =>
        results.Where(r => r.Value.Status is not (CheckStatus.Passed or CheckStatus.NotApplicable)).Select(r => r.Key.Split('/')[0]).Distinct().Order();

    [Fact]
    public async Task The_production_configuration_passes_every_configuration_rule_and_runtime_probe()
    {
        var results = await Gate(service.Production());

        Assert.True(!Blocking(results).Any(), Describe(results));
        Assert.Equal(28, results.Count); // 14 configuration rules, 3 startup validation items, 11 runtime probes
        Assert.Matches(@"/api/orders answered 429 after [1-3]?[0-9] rapid requests", results["security.rate-limiting/runtime-ratelimiting"].Summary); // 30 a minute, some spent by the earlier probes
    }

    [Theory]
    [InlineData("LOG_LEVEL", "debug", "configuration.log-level")]
    [InlineData("EXPOSE_DOCS", "true", "security.no-debug-endpoints")]
    [InlineData("LOG_FORMAT", "text", "monitoring.structured-logging")]
    [InlineData("CORS_ALLOWED_ORIGINS", "*", "security.cors-restricted")]
    [InlineData("RATE_LIMIT_PER_MINUTE", "0", "security.rate-limiting")]
    [InlineData("JWT_ALGORITHM", "HS256", "security.jwt-algorithm")]
    public async Task Breaking_one_setting_breaks_exactly_its_item(string key, string value, string item)
    {
        var environment = service.Production();
        environment[key] = value;

        var results = await Gate(environment);

        Assert.True(Blocking(results).SequenceEqual([item]), Describe(results));
    }
}
