namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Options of the secret checks.</summary>
public sealed record SecretScanOptions : ICheckOptions
{
    /// <summary>How much of a file is held in memory at once (default 1 MiB): larger files are read in windows of this
    /// size, so every file is scanned whatever its size.</summary>
    public long MaximumFileBytes { get; init; } = 1024 * 1024;

    /// <summary>The baseline of accepted secrets, relative to the root.</summary>
    public string Baseline { get; init; } = "readiness/secrets-baseline.json";

    /// <summary>Also scan the lines added in git history since this ref (e.g. <c>origin/main</c>); null: working tree only.</summary>
    public string? HistorySince { get; init; }

    /// <summary>Paths (globs relative to the root) not to scan, such as a labelled corpus of fake credentials; they
    /// are counted in the evidence as excluded.</summary>
    public IReadOnlyList<string> ExcludePaths { get; init; } = [];

    /// <summary>Names of .env templates that may be tracked (they hold no values, or placeholders only).</summary>
    public IReadOnlyList<string> EnvFileAllowedNames { get; init; } = [".env.example", ".env.sample", ".env.template", ".env.defaults"];

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (MaximumFileBytes is < 1024 or > 256 * 1024 * 1024)
        {
            yield return $"MaximumFileBytes: must be from 1024 to 268435456 (got {MaximumFileBytes})";
        }

        if (string.IsNullOrWhiteSpace(Baseline))
        {
            yield return "Baseline: must name a file";
        }
    }
}
