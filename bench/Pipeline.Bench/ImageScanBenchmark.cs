using System.Globalization;
using Pipeline.Readiness;

namespace Pipeline.Bench;

/// <summary>The image scan of one image on the engine <c>DOCKER_HOST</c> names, next to <c>docker save</c> alone:
/// the whole check (export through the CLI, read every layer, config rules, secrets, OS packages against an OSV
/// folder), the scan of an archive already saved, and the image's size. Run it on a reference service's image:
/// <c>image orders-api:readiness [osv-folder]</c> after <c>samples/orders-api/build.sh BuildImage --base-image …</c>.</summary>
internal static class ImageScanBenchmark
{
    public static async Task RunAsync(string image, string? osv)
    {
        var work = Directory.CreateTempSubdirectory("pipeline-image-bench-").FullName;
        try
        {
            var archive = Path.Combine(work, "saved.tar");
            var runner = new ProcessRunner();
            await Measure.PrintAsync("docker save alone", 3, () => runner.RunAsync(new ProcessSpec("docker", ["save", "--output", archive, image])));
            var options = new ImageScanOptions { OsvDirectory = osv };
            CheckContext Context() => new(Items.Security.ContainerImageScanned, work, "bench", runner, TimeProvider.System, CancellationToken.None);
            CheckResult? result = null;
            await Measure.PrintAsync("image scan (docker save + read + rules)", 3, async () => result = await new ImageScanCheck(options, new DockerCliImageSource(image)).RunAsync(Context()));
            await Measure.PrintAsync("image scan of the saved archive", 3, async () => result = await new ImageScanCheck(options, new ArchiveImageSource(archive)).RunAsync(Context()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"image {image}: archive {new FileInfo(archive).Length / 1024.0 / 1024.0:F1} MiB, layer content {result!.Figures["image.bytes"] / 1024 / 1024:F1} MiB, {result.Figures["image.files"]:F0} files, {result.Figures["image.os-packages"]:F0} OS packages; {result.Status}: {result.Summary}"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
