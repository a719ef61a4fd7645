namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>"No secrets in code": scans every file git tracks or would track (respecting .gitignore), of any size
/// (read in windows), binary files with the fixed-prefix rules, and optionally the lines added in history since a
/// ref. Findings carry rule, file, line, column, a redacted preview and a keyed fingerprint; secrets in the baseline
/// are notes. A file that cannot be read makes the check an Error: what was not examined is never a pass.</summary>
/// <param name="options">What to scan.</param>
/// <param name="scanner">The rules to scan with (default: the built-in ones); fingerprints use the repository's key.</param>
internal sealed class SecretScanCheck(SecretScanOptions options, SecretScanner? scanner = null) : ReadinessCheck<SecretScanOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "secret-scan";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var fingerprints = SecretFingerprints.ForRepository(context.Root);
        var scan = (scanner ?? new SecretScanner()).With(fingerprints);
        var inventory = await ScanInventory.ListAsync(context, Options.ExcludePaths).ConfigureAwait(false);
        var baseline = SecretBaseline.Read(context.Root, Options.Baseline);
        var window = (int)Options.MaximumFileBytes;
        var unreadable = new List<string>(inventory.Unreadable);
        var matches = inventory.Files.Select(f => (File: f, Binary: false)).Concat(inventory.Binary.Select(f => (File: f, Binary: true)))
            .AsParallel().AsOrdered().WithCancellation(context.Cancellation)
            .SelectMany(file =>
            {
                try
                {
                    return FileSecretScan.Scan(scan, Path.Combine(context.Root, file.File), file.File, file.Binary, window);
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    lock (unreadable)
                    {
                        unreadable.Add($"{file.File} ({exception.GetType().Name})");
                    }

                    return [];
                }
            })
            .ToList();
        var commits = 0;
        if (Options.HistorySince is { } since)
        {
            var history = await HistoryScanner.ScanAsync(context, scan, since).ConfigureAwait(false);
            commits = history.Commits;
            var known = matches.Select(m => m.Fingerprint).ToHashSet();
            matches.AddRange(history.Matches.Where(h => known.Add(h.Fingerprint)));
        }

        var accepted = baseline.Accepts(matches);
        var findings = matches.Select(m => m.ToFinding(accepted.Contains(m) ? FindingSeverity.Note : FindingSeverity.Error))
            .Concat(baseline.Migration(context, matches, Options.Baseline)).ToList();
        var blocking = findings.Count(f => f.Severity == FindingSeverity.Error);
        var streamed = inventory.Files.Count(f => new FileInfo(Path.Combine(context.Root, f)).Length > Options.MaximumFileBytes);
        var summary = $"{blocking} secret(s) in {inventory.Files.Count} text and {inventory.Binary.Count} binary files" + (commits > 0 ? $" and {commits} commits" : string.Empty)
            + (streamed > 0 ? $"; {streamed} large file(s) read in windows" : string.Empty)
            + (inventory.Excluded.Count > 0 ? $"; {inventory.Excluded.Count} file(s) excluded by configuration" : string.Empty)
            + (inventory.UsedGit ? string.Empty : "; not a git repository, so .gitignore was not applied");
        var examined = inventory.Files.Count + inventory.Binary.Count;
        var evidence = unreadable.Count > 0
            ? CheckResult.Error($"{unreadable.Count} file(s) could not be read, so they were not examined: {string.Join(", ", unreadable.Order(StringComparer.Ordinal).Take(10))}; {summary}") with { Examined = examined, Findings = findings }
            : blocking == 0 ? CheckResult.Passed(examined, summary) with { Findings = findings } : CheckResult.Failed(examined, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double>
            {
                ["files.scanned"] = inventory.Files.Count,
                ["files.scanned.binary"] = inventory.Binary.Count,
                ["files.streamed"] = streamed,
                ["files.unreadable"] = unreadable.Count,
                ["files.excluded"] = inventory.Excluded.Count,
                ["secrets.found"] = blocking,
                ["secrets.baseline"] = findings.Count(f => f.Severity == FindingSeverity.Note),
            },
            Tool = $"Pipeline secret scanner ({SecretRules.All.Count} rules)",
            Inputs = new Dictionary<string, string> { ["baseline"] = Options.Baseline, ["historySince"] = Options.HistorySince ?? "-", ["exclude"] = string.Join(",", Options.ExcludePaths) },
        };
    }
}
