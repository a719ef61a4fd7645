namespace Pipeline.Readiness.Checks.Image;

/// <summary>Static Dockerfile checks for "Container image scanned": findings name the line. A missing Dockerfile is
/// an Error, since the check was asked for.</summary>
internal sealed class DockerfileCheck(ImageScanOptions options) : ReadinessCheck<ImageScanOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "dockerfile";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var path = Path.Combine(context.Root, Options.Dockerfile);
        if (!File.Exists(path))
        {
            return CheckResult.Error($"no Dockerfile at {Options.Dockerfile}");
        }

        var text = await File.ReadAllTextAsync(path, context.Cancellation).ConfigureAwait(false);
        var findings = DockerfileFindings.Check(Options.Dockerfile, text, new SecretScanner(fingerprints: SecretFingerprints.ForRepository(context.Root)), Options.BuildArguments).ToList();
        var summary = $"{Options.Dockerfile}: {findings.Count} problem(s)";
        return findings.Count == 0 ? CheckResult.Passed(1, summary) : CheckResult.Failed(1, summary, [.. findings]);
    }
}
