using Pipeline.Readiness.Checks.Runtime.Rules;

namespace Pipeline.Readiness.Tests.Checks.Runtime;

/// <summary>The runtime rules as pure functions of what a run of the service showed: no service, no process.</summary>
public sealed class RuntimeRuleTests
{
    private static readonly RuntimeProbeOptions Options = new() { ProtectedPaths = ["/api/orders"], RateLimitPath = "/api/orders" };

    private static RuntimeObservations Healthy(Func<RuntimeObservations, RuntimeObservations>? change = null)
    {
        var status = new Dictionary<string, int> { ["/health"] = 200, ["/metrics"] = 200 };
        foreach (var path in Options.DebugPaths)
        {
            status[path] = 404;
        }

        var seen = new RuntimeObservations(status, "# TYPE http_requests_total counter\nhttp_requests_total 3\n",
            ["{\"level\":\"info\",\"requestId\":\"probe-1\"}"], "probe-1", RequestIdEchoed: true, PreflightAllowedOrigin: null, RateLimitedAfter: 120,
            new Dictionary<string, int> { ["/api/orders"] = 401 }, new Dictionary<string, int> { ["/api/orders"] = 401 },
            new LoadTestResult(500, 0, TimeSpan.FromSeconds(2), 250, TimeSpan.FromMilliseconds(4), TimeSpan.FromMilliseconds(9), TimeSpan.FromMilliseconds(15)));
        return change?.Invoke(seen) ?? seen;
    }

    private static readonly IReadOnlyList<RuntimeRule> All =
    [
        new HealthOpenRule(), new MetricsExposedRule(), new NoDebugEndpointsRule(), new StructuredLoggingRule(), new RequestIdCorrelationRule(),
        new CorsPreflightRule(), new RateLimitingRule(), new ProtectedEndpointsRule(), new LoadTestRule(), new PerformanceBaselineRule(), new CapacityLimitsRule(),
    ];

    private static RuntimeRule Rule(string name) => All.Single(r => r.Name == name);

    public static TheoryData<string> Rules() => [.. All.Select(r => r.Name)];

    [Theory]
    [MemberData(nameof(Rules))]
    public void A_healthy_run_holds_for_every_rule_with_its_evidence(string rule)
    {
        var outcome = Rule(rule).Decide(Healthy(), Options);

        Assert.Empty(outcome.Problems);
        Assert.NotEmpty(outcome.Evidence);
    }

    public static TheoryData<string, string, string> Breakages() => new()
    {
        { "healthopen", "metrics-behind-auth", "/metrics answered 401 without credentials (expected 200)" },
        { "metricsexposed", "metrics-not-prometheus", "/metrics is not Prometheus text" },
        { "nodebugendpoints", "docs-served", "/docs is served (200) in production" },
        { "structuredlogging", "plain-log", "a log line is not JSON: 'started on port 5000'" },
        { "structuredlogging", "no-log", "the service wrote no log line" },
        { "requestidcorrelation", "not-echoed", "the X-Request-ID sent was not echoed in the response" },
        { "corspreflight", "cors-any", "a preflight from https://attacker.example.net was allowed (Access-Control-Allow-Origin: *)" },
        { "ratelimiting", "no-limit", "300 rapid requests to /api/orders never drew a 429" },
        { "protectedendpoints", "open-api", "/api/orders answered 200 to a request without a valid token" },
        { "loadtest", "errors", "10.0 % of 500 requests failed (limit 1.0 %)" },
        { "performancebaseline", "slow", "p95 900 ms exceeds 500 ms" },
        { "capacitylimits", "low-throughput", "5.0 requests/s is below 20.0" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void Each_breakage_breaks_its_rule_naming_what_was_seen(string rule, string breakage, string problem)
    {
        var seen = Healthy(s => breakage switch
        {
            "metrics-behind-auth" => s with { Status = new Dictionary<string, int>(s.Status) { ["/metrics"] = 401 } },
            "metrics-not-prometheus" => s with { MetricsText = "<html>metrics</html>\n" },
            "docs-served" => s with { Status = new Dictionary<string, int>(s.Status) { ["/docs"] = 200 } },
            "plain-log" => s with { LogLines = [.. s.LogLines, "started on port 5000"] },
            "no-log" => s with { LogLines = [] },
            "not-echoed" => s with { RequestIdEchoed = false },
            "cors-any" => s with { PreflightAllowedOrigin = "*" },
            "no-limit" => s with { RateLimitedAfter = null },
            "open-api" => s with { WithBadToken = new Dictionary<string, int> { ["/api/orders"] = 200 } },
            "errors" => s with { Load = s.Load with { Failed = 50 } },
            "slow" => s with { Load = s.Load with { P95 = TimeSpan.FromMilliseconds(900) } },
            _ => s with { Load = s.Load with { Throughput = 5 } },
        });

        var outcome = Rule(rule).Decide(seen, Options);

        Assert.Contains(outcome.Problems, p => p.StartsWith(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Protected_endpoints_without_any_configured_path_is_a_problem_not_a_pass()
    {
        var outcome = Rule("protectedendpoints").Decide(Healthy(), Options with { ProtectedPaths = [] });

        Assert.Equal(["no protected endpoint is configured to probe (RuntimeProbeOptions.ProtectedPaths)"], outcome.Problems);
    }

    [Fact]
    public void Only_the_load_rules_carry_the_load_figures()
    {
        Assert.Equal(["capacitylimits", "loadtest", "performancebaseline"],
            All.Where(r => r.ReportsLoadFigures).Select(r => r.Name).Order(StringComparer.Ordinal));
    }
}
