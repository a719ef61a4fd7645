using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Runtime;

/// <summary>The runtime probes against a real process on loopback: a healthy service passes every probe, and each
/// broken behaviour breaks exactly its item.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class RuntimeProbeTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-runtime-").FullName;

    public RuntimeProbeTests() => File.WriteAllText(Path.Combine(_root, "service.py"), ProbeService.Script);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<Dictionary<string, CheckResult>> Probe(Dictionary<string, string>? environment = null, string script = "service.py")
    {
        var options = new RuntimeProbeOptions
        {
            Command = ["/usr/bin/python3", script, "{port}"],
            Environment = environment ?? [],
            ProtectedPaths = ["/api/orders"],
            RateLimitPath = "/api/orders",
            Load = new LoadTestOptions { Requests = 200, Concurrency = 4, MinimumThroughput = 10, MaximumP95 = TimeSpan.FromSeconds(2) },
            StartTimeout = TimeSpan.FromSeconds(20),
        };
        var setup = new ReadinessSetup();
        setup.AddRuntimeProbes(options);
        return (await CheckRuns.RunAllAsync(setup, _root)).ToDictionary(r => r.Check.Name, r => r.Result);
    }

    /// <summary>Processes whose working directory is this test's root (the service, if still running).</summary>
    private List<string> ServiceProcesses() => [.. Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _)).Where(d =>
    {
        try
        {
            return new DirectoryInfo(Path.Combine(d, "cwd")).ResolveLinkTarget(returnFinalTarget: false)?.FullName == _root;
        }
        catch (IOException)
        {
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    })];

    private static string Describe(Dictionary<string, CheckResult> results) => string.Join("\n", results.Select(r => $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));

    [Fact]
    public async Task A_healthy_service_passes_every_probe_and_the_load_figures_are_recorded()
    {
        var results = await Probe();

        Assert.Equal(11, results.Count);
        Assert.All(results.Values, r => Assert.True(r.Status == CheckStatus.Passed, Describe(results)));
        Assert.Equal(200, results["runtime-loadtest"].Figures["load.requests"]);
        Assert.True(results["runtime-capacitylimits"].Figures["load.throughput_rps"] > 0);
        Assert.Contains("answered 429 after", results["runtime-ratelimiting"].Summary);
        Assert.Empty(ServiceProcesses()); // stopped after the probes
    }

    [Theory]
    [InlineData("LOG_FORMAT", "text", "runtime-structuredlogging", "a log line is not JSON")]
    [InlineData("DOCS", "on", "runtime-nodebugendpoints", "/docs is served (200) in production")]
    [InlineData("CORS", "*", "runtime-corspreflight", "was allowed (Access-Control-Allow-Origin: *)")]
    [InlineData("RATE_LIMIT", "0", "runtime-ratelimiting", "never drew a 429")]
    [InlineData("AUTH", "off", "runtime-protectedendpoints", "/api/orders answered 200 to a request without a valid token")]
    public async Task Each_broken_behaviour_breaks_exactly_its_probe(string variable, string value, string probe, string expected)
    {
        var results = await Probe(new Dictionary<string, string> { [variable] = value });

        Assert.Equal(CheckStatus.Failed, results[probe].Status);
        Assert.Contains(expected, results[probe].Summary);
        Assert.All(results.Where(r => r.Key != probe), r => Assert.True(r.Value.Status == CheckStatus.Passed, Describe(results)));
    }

    [Fact]
    public async Task A_service_that_does_not_start_is_an_error_for_every_probe()
    {
        File.WriteAllText(Path.Combine(_root, "broken.py"), "import sys\nprint('missing setting: JWT_PUBLIC_KEY', file=sys.stderr)\nsys.exit(3)\n");

        var results = await Probe(script: "broken.py");

        Assert.All(results.Values, r => Assert.Equal(CheckStatus.Error, r.Status));
        Assert.Contains("the service exited with code 3 before it was ready: missing setting: JWT_PUBLIC_KEY", results["runtime-healthopen"].Summary);
    }
}
