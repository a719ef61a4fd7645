namespace Pipeline.Readiness.Checks.Image;

/// <summary>The source of an image scan that was given no image: the check fails closed, saying what to set.</summary>
internal sealed class MissingImageSource : IImageSource
{
    public string Name => "(no image)";

    public Task<string> ExportAsync(CheckContext context, string workDirectory) =>
        throw new InvalidOperationException("no image to scan: pass --image-name, or set ImageScanSettings.Archive, or override ImageSource");
}
