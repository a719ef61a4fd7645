using Pipeline.Readiness.Docker;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Image;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ImageScanCheckTests(DockerEngine engine) : IClassFixture<DockerEngine>, IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-image-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<CheckResult> Scan(IImageSource source, ImageScanOptions? options = null) =>
        CheckRuns.RunAsync(new ImageScanCheck(options ?? new ImageScanOptions(), source), Items.Security.ContainerImageScanned, _root);

    [Fact]
    public async Task A_root_image_with_an_env_secret_a_deleted_env_file_and_no_healthcheck_is_caught_with_layer_and_path()
    {
        var result = await Scan(new DockerImageSource("root-with-secrets:1.0", engine.Endpoint));

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.True(result.Findings.Count > 0, string.Join("\n", result.Findings.Select(f => $"{f.Rule} {f.File} {f.Message}")));
        Assert.Contains(result.Findings, f => f.Rule == "image.user-root");
        Assert.Contains(result.Findings, f => f.Rule == "image.no-healthcheck");
        Assert.Contains(result.Findings, f => f.Rule == "image.secret-in-env" && f.Message.Contains("AWS_ACCESS_KEY_ID", StringComparison.Ordinal));
        var envFile = Assert.Single(result.Findings, f => f.Rule == "image.env-file");
        Assert.Equal("app/.env", envFile.File);
        Assert.Matches(@"layer \d: /app/\.env \(deleted in layer \d, still in the image\)", envFile.Message);
        Assert.Contains(result.Findings, f => f.Rule == "secret.unquoted-assignment" && f.File == "app/.env");
        Assert.DoesNotContain(result.Findings, f => f.Message.Contains("Kq9!vR2#mX7wL4", StringComparison.Ordinal) || f.Message.Contains("AKIAZ4XQ7WLM3KD9PQ2R", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_clean_image_passes()
    {
        var result = await Scan(new DockerImageSource("clean:1.0", engine.Endpoint), new ImageScanOptions { ExpectedPorts = ["8080/tcp"] });

        Assert.True(result.Status == CheckStatus.Passed, string.Join("; ", result.Findings.Select(f => f.Message)));
        Assert.True(result.Figures["image.bytes"] > 0);
    }

    [Fact]
    public async Task The_same_image_saved_with_docker_save_gives_the_same_findings_without_an_engine()
    {
        var archive = Path.Combine(_root, "saved.tar");
        var (exit, output) = await engine.Docker("save", "-o", archive, "root-with-secrets:1.0");
        Assert.True(exit == 0, output);

        var fromEngine = await Scan(new DockerImageSource("root-with-secrets:1.0", engine.Endpoint));
        var fromArchive = await Scan(new ArchiveImageSource(archive));

        Assert.Equal(fromEngine.Findings.Select(f => (f.Rule, f.File, f.Line)), fromArchive.Findings.Select(f => (f.Rule, f.File, f.Line)));
    }

    [Fact]
    public async Task Os_packages_are_matched_by_their_source_package_in_the_images_release_and_without_data_the_scan_is_an_error()
    {
        var osv = Path.Combine(_root, "osv");
        Directory.CreateDirectory(osv);
        File.WriteAllText(Path.Combine(osv, "DSA-5532-1.json"), """
            {"id":"DSA-5532-1","database_specific":{"severity":"HIGH"},
             "affected":[{"package":{"ecosystem":"Debian:12","name":"openssl"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"3.0.11-1~deb12u2"}]}]}]}
            """);
        File.WriteAllText(Path.Combine(osv, "DLA-3600-1.json"), """
            {"id":"DLA-3600-1","affected":[{"package":{"ecosystem":"Debian:11","name":"zlib"},"ranges":[{"type":"ECOSYSTEM","events":[{"introduced":"0"},{"fixed":"1:1.2.13.dfsg-9"}]}]}]}
            """); // another release's record: never this image's

        var inventoryOnly = await Scan(new DockerImageSource("with-packages:1.0", engine.Endpoint));
        var matched = await Scan(new DockerImageSource("with-packages:1.0", engine.Endpoint), new ImageScanOptions { OsvDirectory = "osv" });

        Assert.Equal(CheckStatus.Error, inventoryOnly.Status); // packages known, vulnerabilities not: never a pass
        Assert.Contains("2 OS packages (Debian:12), but no vulnerability data to match them against: set ImageScanOptions.OsvDirectory", inventoryOnly.Summary, StringComparison.Ordinal);
        Assert.Equal(2, inventoryOnly.Figures["image.os-packages"]);
        Assert.Equal(CheckStatus.Failed, matched.Status);
        Assert.Equal("OS package libssl3 3.0.11-1~deb12u1 (source openssl): high severity advisory DSA-5532-1 (https://osv.dev/vulnerability/DSA-5532-1)", Assert.Single(matched.Findings).Message);
    }

    public sealed class ImageBuild : ReadinessBuild, IScanImage;

    [Fact]
    public async Task BuildImage_builds_the_roots_Dockerfile_on_the_configured_engine_and_ScanImage_scans_what_it_built()
    {
        using var run = new Pipeline.Tests.Support.BuildRun();
        File.Copy("/bin/busybox", Path.Combine(run.Root, "busybox"));
        run.WriteFile("Dockerfile", "FROM scratch\nCOPY busybox /bin/busybox\nUSER 1000\n");
        run.Environment["DOCKER_HOST"] = engine.Endpoint.ToString();

        var (exit, output) = await run.Run<ImageBuild>(["BuildImage", "--image-name", "built-by-target:2.0", "--no-logo"]);
        var missing = await run.Run<ImageBuild>(["BuildImage"]);
        var scanned = await run.Run<ImageBuild>(["BuildImage", "ScanImage", "--image-name", "built-by-target:2.0", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Equal(1, scanned.ExitCode); // the image has no HEALTHCHECK: found in the image the CLI exported
        Assert.Matches(@"security\.container-image-scanned\s+Failed", scanned.Output);
        Assert.Contains("image.no-healthcheck", File.ReadAllText(Path.Combine(run.Root, "artifacts", "readiness", "scoped", "ScanImage", "report.json")));
        Assert.Equal(0, (await engine.Docker("image", "inspect", "built-by-target:2.0")).ExitCode);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("parameter --image-name must be set", missing.Output);
    }

    [Fact]
    public async Task A_missing_image_and_an_engine_that_is_down_are_errors()
    {
        var missing = await Scan(new DockerImageSource("does-not-exist:9", engine.Endpoint));
        var down = await Scan(new DockerImageSource("clean:1.0", new Uri($"unix://{Path.Combine(_root, "no-engine.sock")}")));

        Assert.Equal(CheckStatus.Error, missing.Status);
        Assert.Contains("does not exist", missing.Summary);
        Assert.Equal(CheckStatus.Error, down.Status);
        Assert.Contains("could not export", down.Summary);
    }

    [Fact]
    public async Task Through_the_cli_a_missing_image_and_an_engine_that_is_down_say_which()
    {
        var missing = await Scan(new DockerCliImageSource("does-not-exist:9", engine.Endpoint.ToString()));
        var down = await Scan(new DockerCliImageSource("clean:1.0", $"unix://{Path.Combine(_root, "no-engine.sock")}"));

        Assert.Equal(CheckStatus.Error, missing.Status);
        Assert.Contains("the engine has no image does-not-exist:9: build it first (BuildImage --image-name does-not-exist:9)", missing.Summary);
        Assert.Equal(CheckStatus.Error, down.Status);
        Assert.Contains($"no Docker engine answers at unix://{Path.Combine(_root, "no-engine.sock")}", down.Summary);
    }
}
