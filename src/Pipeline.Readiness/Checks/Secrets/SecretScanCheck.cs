using System.Text;

namespace Pipeline.Readiness;

/// <summary>"No secrets in code": scans every file git tracks or would track (respecting .gitignore), and
/// optionally the lines added in history since a ref. Findings carry rule, file, line, column and a redacted
/// preview; secrets in the baseline are reported as notes. Skipped binary and oversized files are counted.</summary>
public sealed class SecretScanCheck(SecretScanOptions options, SecretScanner? scanner = null) : ReadinessCheck<SecretScanOptions>(options)
{
    private readonly SecretScanner _scanner = scanner ?? new SecretScanner();

    /// <inheritdoc />
    public override string Name => "secret-scan";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var inventory = await ScanInventory.ListAsync(context, Options.MaximumFileBytes, Options.ExcludePaths).ConfigureAwait(false);
        var baseline = SecretBaseline.Read(context.Root, Options.Baseline);
        var matches = inventory.Files.AsParallel().AsOrdered().WithCancellation(context.Cancellation)
            .SelectMany(file => _scanner.Scan(File.ReadAllText(Path.Combine(context.Root, file), Encoding.UTF8), file).ToList())
            .ToList();
        var commits = 0;
        if (Options.HistorySince is { } since)
        {
            var history = await HistoryScanner.ScanAsync(context, _scanner, since).ConfigureAwait(false);
            commits = history.Commits;
            var known = matches.Select(m => m.Fingerprint).ToHashSet();
            matches.AddRange(history.Matches.Where(h => known.Add(h.Fingerprint)));
        }

        var findings = matches.Select(m => m.ToFinding(baseline.Contains(m.Fingerprint) ? FindingSeverity.Note : FindingSeverity.Error))
            .Concat(inventory.TooLarge.Select(f => Finding.Create("secret.file-too-large", FindingSeverity.Warning, f, null,
                $"not scanned: larger than {Options.MaximumFileBytes} bytes", f)))
            .ToList();
        var blocking = findings.Count(f => f.Severity == FindingSeverity.Error);
        var summary = $"{blocking} secret(s) in {inventory.Files.Count} files" + (commits > 0 ? $" and {commits} commits" : string.Empty)
            + $"; skipped {inventory.Binary.Count} binary and {inventory.TooLarge.Count} oversized file(s)"
            + (inventory.Excluded.Count > 0 ? $"; {inventory.Excluded.Count} file(s) excluded by configuration" : string.Empty)
            + (inventory.UsedGit ? string.Empty : "; not a git repository, so .gitignore was not applied");
        var evidence = blocking == 0 ? CheckResult.Passed(inventory.Files.Count, summary) with { Findings = findings } : CheckResult.Failed(inventory.Files.Count, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double>
            {
                ["files.scanned"] = inventory.Files.Count,
                ["files.skipped.binary"] = inventory.Binary.Count,
                ["files.skipped.large"] = inventory.TooLarge.Count,
                ["files.excluded"] = inventory.Excluded.Count,
                ["secrets.found"] = blocking,
                ["secrets.baseline"] = findings.Count(f => f.Severity == FindingSeverity.Note),
            },
            Tool = $"Pipeline secret scanner ({SecretRules.All.Count} rules)",
            Inputs = new Dictionary<string, string> { ["baseline"] = Options.Baseline, ["historySince"] = Options.HistorySince ?? "-", ["exclude"] = string.Join(",", Options.ExcludePaths) },
        };
    }
}
