using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Dependencies;

/// <summary>The NuGet registry here serves no vulnerability data, so tests serve a loopback audit source: a service
/// index with <c>VulnerabilityInfo/6.7.0</c>, its file list, and <c>base.json</c> keyed by package id. Each scenario
/// gets its own URL space, so NuGet's HTTP cache never mixes scenarios.</summary>
public sealed class FakeAuditSource : IAsyncLifetime
{
    private readonly Dictionary<string, string?> _scenarios = [];
    private WebApplication? _app;

    public Uri Uri { get; private set; } = null!;

    /// <summary>Registers advisories (base.json content, or null for a source without vulnerability data) and
    /// returns the scenario's service index URL.</summary>
    public string Serve(string? baseJson)
    {
        var name = Guid.NewGuid().ToString("N");
        _scenarios[name] = baseJson;
        return $"{Uri}{name}/index.json";
    }

    public async Task InitializeAsync() => (_app, Uri) = await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/{scenario}/index.json", (string scenario) => _scenarios.TryGetValue(scenario, out var data)
            ? Results.Json(new
            {
                version = "3.0.0",
                resources = data is null
                    ? [new Dictionary<string, string> { ["@id"] = $"{Uri}{scenario}/search", ["@type"] = "SearchQueryService" }]
                    : new[] { new Dictionary<string, string> { ["@id"] = $"{Uri}{scenario}/vulnerability/index.json", ["@type"] = "VulnerabilityInfo/6.7.0" } },
            })
            : Results.NotFound());
        app.MapGet("/{scenario}/vulnerability/index.json", (string scenario) =>
            Results.Json(new[] { new Dictionary<string, string> { ["@name"] = "base", ["@id"] = $"{Uri}{scenario}/vulnerability/base.json", ["@updated"] = "2026-11-01T00:00:00Z" } }));
        app.MapGet("/{scenario}/vulnerability/base.json", (string scenario) => Results.Text(_scenarios[scenario]!, "application/json"));
    });

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
