namespace Pipeline.Readiness.Checks.Image;

/// <summary>"Container image scanned": reads the image (config and every layer in manifest order, whiteouts
/// honoured) and reports root user, missing HEALTHCHECK, secrets in ENV, labels or history, a latest tag,
/// unexpected ports, size over budget, and secrets, .env files, private keys and .git in any layer, including files
/// a later layer deleted. A missing image or unreachable engine is an Error.</summary>
internal sealed class ImageScanCheck(ImageScanOptions options, IImageSource source) : ReadinessCheck<ImageScanOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.Docker];

    /// <inheritdoc />
    public override string Name => "image-scan";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var work = context.Artifact("work", "image");
        Directory.CreateDirectory(work);
        var image = ImageArchive.Read(await source.ExportAsync(context, work).ConfigureAwait(false));
        var scanner = new SecretScanner(fingerprints: SecretFingerprints.ForRepository(context.Root));
        var packaged = PackagedFiles.Of(image);
        var findings = ImageFindings.Config(image, Options, scanner, source.Name).Concat(ImageFindings.Layers(image, scanner, packaged)).ToList();
        var osPackages = OsPackage.Inventory(image);
        var osv = Options.OsvDirectory is { } directory ? Path.GetFullPath(directory, context.Root) : null;
        var database = osv is null ? null : Directory.Exists(osv) ? OsvDatabase.Load(osv) : throw new DirectoryNotFoundException($"the OSV folder '{Options.OsvDirectory}' does not exist");
        if (database is not null)
        {
            findings.AddRange(ImageFindings.OsAdvisories(osPackages, database, Options.BlockingSeverity));
        }

        var summary = $"{source.Name}: {findings.Count} problem(s) in {image.Files.Count} files of {image.Files.Select(f => f.Layer).DefaultIfEmpty().Max()} layer(s)"
            + (packaged.Unchanged > 0 ? $" ({packaged.Unchanged} as their OS package installed them, by dpkg's digests, not searched for secrets)" : "")
            + (osPackages.Count > 0 ? $"; {osPackages.Count} OS packages ({osPackages[0].Ecosystem})" + (database is null ? "" : $" matched against {database.OsEntries} OS advisory records in {Options.OsvDirectory}") : "");
        // Known packages with nothing to match them against leave the scan's main question unanswered.
        var unanswered = osPackages.Count == 0 ? null
            : database is null ? $"no vulnerability data to match them against: set ImageScanOptions.OsvDirectory to a folder of OSV records (osv.dev's {osPackages[0].Ecosystem.Split(':')[0]} export)"
            : database.OsEntries == 0 ? "the OSV folder holds no Debian or Alpine record, so nothing was matched" : null;
        var evidence = findings.Any(f => f.Severity == FindingSeverity.Error) ? CheckResult.Failed(image.Files.Count, summary, [.. findings])
            : unanswered is not null ? CheckResult.Error($"{summary}, but {unanswered}") with { Findings = findings }
            : CheckResult.Passed(image.Files.Count, summary) with { Findings = findings };
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["image.bytes"] = image.Size, ["image.files"] = image.Files.Count, ["image.os-packages"] = osPackages.Count },
            Tool = "Pipeline image scanner",
            Inputs = new Dictionary<string, string> { ["image"] = source.Name },
        };
    }
}
