using Microsoft.Extensions.FileSystemGlobbing;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>"No .env in production": no <c>.env</c> or <c>*.env</c> file with values is tracked (templates such as
/// <c>.env.example</c> excepted); secrets come from a vault or the orchestrator by reference. Each such file is a
/// finding naming how many values it holds and whether it is inside the Docker build context.</summary>
internal sealed class EnvFileCheck(SecretScanOptions options) : ReadinessCheck<SecretScanOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "env-files";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var inventory = await ScanInventory.ListAsync(context, Options.ExcludePaths).ConfigureAwait(false); // a labelled corpus of fakes is not the service's
        var dockerIgnore = Path.Combine(context.Root, ".dockerignore");
        var excluded = new Matcher();
        foreach (var pattern in File.Exists(dockerIgnore) ? await File.ReadAllLinesAsync(dockerIgnore, context.Cancellation).ConfigureAwait(false) : [])
        {
            if (pattern.Trim() is { Length: > 0 } trimmed && !trimmed.StartsWith('#') && !trimmed.StartsWith('!'))
            {
                excluded.AddInclude(trimmed.TrimStart('/'));
            }
        }

        var findings = new List<Finding>();
        foreach (var file in inventory.Files.Where(IsEnvFile))
        {
            var values = (await File.ReadAllLinesAsync(Path.Combine(context.Root, file), context.Cancellation).ConfigureAwait(false))
                .Select(l => l.Trim())
                .Count(l => !l.StartsWith('#') && l.IndexOf('=', StringComparison.Ordinal) is var i and > 0 && l[(i + 1)..].Trim().Trim('"', '\'').Length > 0);
            if (values > 0)
            {
                var place = excluded.Match(file).HasMatches ? "excluded from the Docker build context" : "inside the Docker build context";
                findings.Add(Finding.Create("env-file.tracked", FindingSeverity.Error, file, 1,
                    $"tracked .env file with {values} value(s), {place}; load secrets from a vault or a secretKeyRef instead", file));
            }
        }

        var summary = $"{findings.Count} tracked .env file(s) with values among {inventory.Files.Count + inventory.Binary.Count} files"
            + (inventory.Excluded.Count > 0 ? $"; {inventory.Excluded.Count} file(s) excluded by configuration" : string.Empty);
        if (inventory.Unreadable.Count > 0)
        {
            return CheckResult.Error($"{inventory.Unreadable.Count} file(s) could not be read, so they were not examined: {string.Join(", ", inventory.Unreadable.Take(10))}; {summary}") with { Findings = findings };
        }

        return findings.Count == 0
            ? CheckResult.Passed(inventory.Files.Count + inventory.Binary.Count, summary)
            : CheckResult.Failed(inventory.Files.Count + inventory.Binary.Count, summary, [.. findings]);
    }

    private bool IsEnvFile(string path) =>
        !Options.EnvFileAllowedNames.Contains(Path.GetFileName(path), StringComparer.OrdinalIgnoreCase) && ScanInventory.IsEnvFile(path);
}
