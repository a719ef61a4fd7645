using System.Text.Json.Nodes;
using Pipeline.Readiness.Tests.Checks.Runtime;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Evidence;

/// <summary>The runtime probes' passing outcomes are reused on an unchanged clean tree, and run again when the service's
/// code changes, committed or built: the command runs <c>build/service.py</c>, which git ignores, as a published dll
/// would be. (Real git, a real service on loopback; the build runs in-process.)</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class RuntimeReuseTests : IDisposable
{
    private readonly BuildRun _run = new();

    public RuntimeReuseTests()
    {
        _run.WriteFile(".gitignore", "artifacts/\nbuild/\n");
        _run.WriteFile("app/settings.txt", "workers = 1\n");
        _run.WriteFile("build/service.py", ProbeService.Script);
        GitRepository.Init(_run.Root);
    }

    public void Dispose() => _run.Dispose();

    public sealed class ProbingBuild : ReadinessBuild
    {
        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => !RuntimeModule.Probed.Contains(i) && i != Items.Security.CorsRestricted))
            {
                setup.Disable(item, "outside this test");
            }

            setup.AddRuntimeProbes(new RuntimeProbeOptions
            {
                Command = ["/usr/bin/python3", "build/service.py", "{port}"],
                ProtectedPaths = ["/api/orders"],
                RateLimitPath = "/api/orders",
                Load = new LoadTestOptions { Requests = 100, Concurrency = 4, MinimumThroughput = 10, MaximumP95 = TimeSpan.FromSeconds(2) },
                StartTimeout = TimeSpan.FromSeconds(20),
            });
        }
    }

    /// <summary>How many of the probed items' checks were reused, of how many.</summary>
    private async Task<(int Reused, int Checks)> ReadinessAsync()
    {
        var (exit, output) = await _run.Run<ProbingBuild>(["Readiness", "--no-logo"]);
        var report = JsonNode.Parse(File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "report.json")))!.AsObject();
        var probed = report["items"]!.AsArray().Where(i => i!["checks"] is JsonArray { Count: > 0 }).ToList();
        var checks = probed.SelectMany(i => i!["checks"]!.AsArray()).ToList();
        Assert.True(probed.Count == 11 && probed.All(i => i!["status"]!.ToString() == "passed"), output + "\n" + string.Join("\n", probed.Select(i => $"{i!["id"]} {i["status"]}")));
        return (checks.Count(c => c!["reused"] is not null), checks.Count);
    }

    [Fact]
    public async Task Probes_are_reused_until_the_built_service_or_a_committed_file_changes()
    {
        var first = await ReadinessAsync();
        var unchanged = await ReadinessAsync();
        File.AppendAllText(Path.Combine(_run.Root, "build", "service.py"), "# built again\n");
        var rebuilt = await ReadinessAsync();
        var afterRebuild = await ReadinessAsync();
        _run.WriteFile("app/settings.txt", "workers = 2\n");
        GitRepository.CommitAll(_run.Root, "more workers");
        var committed = await ReadinessAsync();

        Assert.Equal(0, first.Reused);
        Assert.Equal(first.Checks, unchanged.Reused);
        Assert.Equal(0, rebuilt.Reused);
        Assert.Equal(first.Checks, afterRebuild.Reused);
        Assert.Equal(0, committed.Reused);
    }
}
