using System.Text.Json;
using Pipeline.Readiness.Docker;
using Pipeline.Readiness.Tests.Checks.Image;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Reference;

/// <summary>Both reference services' real images: each gate publishes (orders-api: self-contained for linux-x64),
/// builds its Dockerfile on a Debian 12 base made here (<c>--base-image</c>) on the test run's engine, and scans
/// what it built (<c>BuildImage ScanImage</c>): OS packages against Debian's security archive, every layer's files,
/// the config rules. Then a bad image on the same base fails with exactly what is wrong with it.</summary>
[Collection(OrdersApiCollection.Name)] // orders-api's publish shares the project's obj/ with the collection's build
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ReferenceImageTests(DockerEngine engine, BaseImages bases) : IClassFixture<DockerEngine>, IClassFixture<BaseImages>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-reference-image-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("orders-api", "dotnet-deps")]
    [InlineData("fastapi-service", "python-fastapi")]
    public async Task The_gate_builds_the_services_real_image_and_its_scan_passes_the_item(string sample, string baseList)
    {
        await bases.ImportAsync(engine);
        var folder = Path.Combine(RepositoryRoot.Path, "samples", sample);
        var image = $"{sample}:scan-{Guid.NewGuid():N}"[..^20];

        var (exit, output) = await ScriptRunner.Run(folder, Path.Combine(folder, "build.sh"),
            ["BuildImage", "ScanImage", "--image-name", image, "--base-image", BaseImages.Name(baseList), "--image-osv", bases.Osv, "--no-logo"],
            new Dictionary<string, string> { ["DOCKER_HOST"] = engine.Endpoint.ToString() });

        Assert.True(exit == 0, output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "artifacts", "readiness", "scoped", "ScanImage", "report.json")));
        var item = report.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == Items.Security.ContainerImageScanned.Id);
        Assert.Equal("passed", item.GetProperty("status").GetString());
        var reason = item.GetProperty("reason").GetString()!;
        Assert.Contains($"{image}: 0 problem(s)", reason, StringComparison.Ordinal);
        Assert.Matches(@"\d{2,} OS packages \(Debian:12\) matched against [1-9]\d* OS advisory records", reason);
        Assert.Equal(0, (await engine.Docker("image", "inspect", image)).ExitCode); // built on this engine, from the local base
    }

    [Fact]
    public async Task An_image_on_the_real_base_with_a_root_user_a_secret_in_env_and_a_deleted_env_file_fails_with_those_findings()
    {
        await bases.ImportAsync(engine);
        var context = Path.Combine(_root, "context");
        Directory.CreateDirectory(context);
        File.WriteAllText(Path.Combine(context, ".env"), "DB_PASSWORD=Kq9!vR2#mX7wL4\n"); // pipeline:allow fake, baked into a test image
        File.WriteAllText(Path.Combine(context, "Dockerfile"), $"""
            FROM {BaseImages.Name("dotnet-deps")}
            COPY .env /srv/.env
            RUN rm /srv/.env
            ENV AWS_ACCESS_KEY_ID=AKIAZ4XQ7WLM3KD9PQ2R
            EXPOSE 8080
            HEALTHCHECK CMD ["/bin/true"]
            """); // pipeline:allow fake
        var built = await engine.Docker("build", "-q", "-t", "bad-on-base:1.0", context);
        Assert.True(built.ExitCode == 0, built.Output);

        var result = await CheckRuns.RunAsync(new ImageScanCheck(new ImageScanOptions { OsvDirectory = bases.Osv }, new DockerImageSource("bad-on-base:1.0", engine.Endpoint)),
            Items.Security.ContainerImageScanned, _root);

        Assert.Equal(CheckStatus.Failed, result.Status);
        // The ENV step's secret is in the image's history too.
        Assert.Equal(["image.env-file", "image.secret-in-env", "image.secret-in-history", "image.user-root"], result.Findings.Where(f => f.Rule.StartsWith("image.", StringComparison.Ordinal)).Select(f => f.Rule).Order(StringComparer.Ordinal));
        Assert.Matches(@"layer \d: /srv/\.env \(deleted in layer \d, still in the image\)", Assert.Single(result.Findings, f => f.Rule == "image.env-file").Message);
        Assert.All(result.Findings, f => Assert.True(f.Rule.StartsWith("image.", StringComparison.Ordinal) || f.File == "srv/.env", $"{f.Rule} {f.File}: {f.Message}")); // nothing from the base's own files
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("Kq9!vR2#mX7wL4", StringComparison.Ordinal) || f.Message.Contains("AKIAZ4XQ7WLM3KD9PQ2R", StringComparison.Ordinal));
    }
}
