using System.Text.Json.Nodes;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>"API documentation" on the real reference service: its committed <c>docs/openapi.json</c> equals the
/// document it serves; a stale or missing copy fails, naming where it differs.</summary>
[Collection(OrdersApiCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class OrdersApiOpenApiTests(OrdersApiBuild service) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-openapi-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Committed => Path.Combine(RepositoryRoot.Path, "samples", "orders-api", "docs", "openapi.json");

    private async Task<CheckResult> Check(string? document)
    {
        Directory.CreateDirectory(Path.Combine(_root, "docs"));
        if (document is not null)
        {
            File.WriteAllText(Path.Combine(_root, "docs", "openapi.json"), document);
        }

        var probe = new RuntimeProbeOptions { Command = ["dotnet", service.Assembly, "--urls", "http://127.0.0.1:{port}"], Environment = service.Production() };
        var check = new OpenApiDocumentCheck(probe, new OpenApiDocumentOptions { Document = "docs/openapi.json", Environment = new Dictionary<string, string> { ["EXPOSE_DOCS"] = "true" } });
        return await CheckRuns.RunAsync(check, Items.Operations.ApiDocumentation, _root);
    }

    [Fact]
    public async Task The_committed_document_equals_the_served_one()
    {
        var result = await Check(File.ReadAllText(Committed));

        Assert.True(result.Status == CheckStatus.Passed, result.Summary);
        Assert.True(File.Exists(Path.Combine(_root, "artifacts", "readiness", "openapi.json")));
    }

    [Fact]
    public async Task A_stale_document_fails_naming_each_difference()
    {
        var stale = JsonNode.Parse(File.ReadAllText(Committed))!;
        stale["paths"]!.AsObject().Remove("/api/orders/{id}");
        stale["info"]!["title"] = "Orders (old)";

        var result = await Check(stale.ToJsonString());

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal(["$.info.title: differs", "$.paths./api/orders/{id}: only in the running service"], result.Findings.Select(f => f.Message));
        Assert.All(result.Findings, f => Assert.Equal("docs/openapi.json", f.File));
    }

    [Fact]
    public async Task A_missing_document_fails_and_the_served_one_is_written_for_review()
    {
        var result = await Check(document: null);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.StartsWith("docs/openapi.json is missing; the service's document is at artifacts/readiness/openapi.json", result.Summary);
        Assert.Equal(JsonNode.Parse(File.ReadAllText(Committed))!.ToJsonString(), JsonNode.Parse(File.ReadAllText(Path.Combine(_root, "artifacts", "readiness", "openapi.json")))!.ToJsonString());
    }
}
