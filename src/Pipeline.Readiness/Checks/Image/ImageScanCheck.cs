namespace Pipeline.Readiness.Checks.Image;

/// <summary>"Container image scanned": reads the image (config and every layer in manifest order, whiteouts
/// honoured) and reports root user, missing HEALTHCHECK, secrets in ENV, labels or history, a latest tag,
/// unexpected ports, size over budget, and secrets, .env files, private keys and .git in any layer, including files
/// a later layer deleted. A missing image or unreachable engine is an Error.</summary>
internal sealed class ImageScanCheck(ImageScanOptions options, IImageSource source) : ReadinessCheck<ImageScanOptions>(options)
{
    /// <inheritdoc />
    public override string Name => "image-scan";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var work = context.Artifact("work", "image");
        Directory.CreateDirectory(work);
        var image = ImageArchive.Read(await source.ExportAsync(context, work).ConfigureAwait(false));
        var scanner = new SecretScanner(fingerprints: SecretFingerprints.ForRepository(context.Root));
        var findings = ImageFindings.Config(image, Options, scanner, source.Name).Concat(ImageFindings.Layers(image, scanner)).ToList();
        var osPackages = ImageFindings.OsPackages(image);
        if (Options.OsvDirectory is { } osv)
        {
            var folder = Path.GetFullPath(osv, context.Root);
            findings.AddRange(ImageFindings.OsAdvisories(osPackages, Directory.Exists(folder) ? OsvDatabase.Load(folder)
                : throw new DirectoryNotFoundException($"the OSV folder '{osv}' does not exist"), Options.BlockingSeverity));
        }

        var summary = $"{source.Name}: {findings.Count} problem(s) in {image.Files.Count} files of {image.Files.Select(f => f.Layer).DefaultIfEmpty().Max()} layer(s)";
        var evidence = findings.All(f => f.Severity != FindingSeverity.Error) ? CheckResult.Passed(image.Files.Count, summary) with { Findings = findings } : CheckResult.Failed(image.Files.Count, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["image.bytes"] = image.Size, ["image.files"] = image.Files.Count, ["image.os-packages"] = osPackages.Count },
            Tool = "Pipeline image scanner",
            Inputs = new Dictionary<string, string> { ["image"] = source.Name },
        };
    }
}
