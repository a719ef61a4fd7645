namespace Pipeline.Readiness.Checks.Image;

/// <summary>"Container image scanned" for a gate with no image component (<see cref="IScanImage"/>): the static rules
/// of every <c>Dockerfile</c> of the service decide a failure without an engine (a root user, an unpinned
/// <c>FROM</c>, no <c>HEALTHCHECK</c>, a secret in <c>ARG</c>/<c>ENV</c>); Dockerfiles that pass leave the item an Error
/// until an image is scanned, and no Dockerfile is an Error saying what would decide the item.</summary>
internal sealed class DockerfileRulesCheck : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private const string ScanHint = "implement IScanImage (ImageScanOptions.Archive for a docker save archive, or DockerImageSource from Pipeline.Readiness.Docker) or disable the item with its reason";

    /// <inheritdoc />
    public override string Name => "dockerfile";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var files = ServiceSource.Files(context.Root).Where(f => Path.GetFileName(f).Equals("Dockerfile", StringComparison.OrdinalIgnoreCase)).ToList();
        if (files.Count == 0)
        {
            return CheckResult.Error($"no Dockerfile in the repository and no image to scan: {ScanHint}");
        }

        var scanner = new SecretScanner(fingerprints: SecretFingerprints.ForRepository(context.Root));
        var findings = new List<Finding>();
        foreach (var file in files)
        {
            findings.AddRange(DockerfileFindings.Check(file, await File.ReadAllTextAsync(Path.Combine(context.Root, file), context.Cancellation).ConfigureAwait(false), scanner));
        }

        return findings.Count > 0
            ? CheckResult.Failed(files.Count, $"{findings.Count} Dockerfile problem(s), without an image scan: {string.Join("; ", findings.Take(4).Select(f => $"{f.File}({f.Line}): {f.Message}"))}", [.. findings])
            : CheckResult.Error($"{string.Join(", ", files)}: the static rules pass, but no image was scanned: {ScanHint}");
    }
}
