using System.Text.Json;
using Pipeline.Readiness.Tests.Checks.Image;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>This repository's own build, from a fresh clone, gates the reference services as its Release does
/// (<c>./build.sh Services --reference-images</c>): it makes their Debian 12 bases and the OSV records, each service's
/// gate builds its real image on its base and scans it, and the main report holds each service's image item, decided
/// by that scan.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class MainBuildServiceGatesTests(DockerEngine engine) : IClassFixture<DockerEngine>, IDisposable
{
    private readonly TemporaryRepository _work = new("pipeline-main-services-");

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task The_main_builds_report_shows_each_reference_services_image_passed_by_a_scan_of_its_real_image()
    {
        var clone = Path.Combine(_work.Root, "pipeline");
        var (cloned, cloneOutput) = await ScriptRunner.Run(_work.Root, "git", ["clone", "--quiet", RepositoryRoot.Path, clone]);
        Assert.True(cloned == 0, cloneOutput);

        var (exit, output) = await ScriptRunner.Run(clone, Path.Combine(clone, "build.sh"), ["Services", "--reference-images", "--no-logo"],
            new Dictionary<string, string> { ["DOCKER_HOST"] = engine.Endpoint.ToString() }, timeout: TimeSpan.FromMinutes(30));

        Assert.True(exit == 1, output); // the services' gates refuse (attestations, sign-offs, a target database): Services says so
        Assert.Contains("ReferenceBaseImages", output, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(clone, "artifacts", "readiness", "scoped", "Services", "report.json")));
        var items = report.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(["prelaunch.gate.fastapi-service", "prelaunch.gate.orders-api"], items.Keys.Order(StringComparer.Ordinal));
        foreach (var (service, image) in new[] { ("orders-api", "orders-api:readiness"), ("fastapi-service", "fastapi-service:readiness") })
        {
            var item = items[$"prelaunch.gate.{service}"];
            Assert.Equal($"samples/{service}/build.sh BuildImage Readiness", item.GetProperty("checks")[0].GetProperty("tool").GetString());
            var scanned = item.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("message").GetString()!)
                .Single(m => m.StartsWith($"{Items.Security.ContainerImageScanned.Id}:", StringComparison.Ordinal));
            Assert.StartsWith($"{Items.Security.ContainerImageScanned.Id}: passed — {image}: 0 problem(s)", scanned, StringComparison.Ordinal);
            Assert.Matches(@"\d{2,} OS packages \(Debian:12\) matched against [1-9]\d* OS advisory records", scanned);
        }
    }
}
