namespace Pipeline.Readiness.Checks.Image;

/// <summary>Registers the image checks (Polly-style <c>AddX</c>) for "Container image scanned": the image itself
/// (from an archive or an engine) and its Dockerfile.</summary>
internal static class ImageChecks
{
    /// <summary>Adds the image and Dockerfile checks unless the item already has a check.</summary>
    public static ReadinessSetup AddImageChecks(this ReadinessSetup setup, ImageScanOptions options, IImageSource? source = null)
    {
        source ??= options.Archive is { } archive ? new ArchiveImageSource(archive) : throw new ArgumentException("give an image source or ImageScanOptions.Archive", nameof(source));
        var taken = setup.Has(Items.Security.ContainerImageScanned);
        return taken ? setup : setup.Check(Items.Security.ContainerImageScanned, new ImageScanCheck(options, source))
            .Check(Items.Security.ContainerImageScanned, new DockerfileCheck(options));
    }
}
