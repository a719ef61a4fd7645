using System.Text.Json;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Lint, formatting half: <c>dotnet format --verify-no-changes</c> with its JSON report; each change it
/// would make is a finding with file, line and rule (WHITESPACE, IDE…). Exit codes other than 0 and 2 are an Error.</summary>
internal sealed class DotNetFormatCheck(DotNetCodeOptions options) : ReadinessCheck<DotNetCodeOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => DotNetReuse.Build;

    /// <inheritdoc />
    public override string Name => "dotnet-format";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var target = CodeTarget.Require(context.Root, Options.Target);
        await new DotNetRestoreRun(Options.Target).EnsureAsync(context).ConfigureAwait(false);
        var report = context.Artifact("work", "format.json");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.Delete(report);
        var run = await context.Processes.RunAsync(new ProcessSpec("dotnet", ["format", target, "--no-restore", "--verify-no-changes", "--report", report, "--verbosity", "quiet"])
        {
            WorkingDirectory = context.Root,
            CheckExitCode = false,
            LogOutput = false,
        }, context.Cancellation).ConfigureAwait(false);
        if (run.ExitCode is not (0 or 2) || (run.ExitCode == 2 && !File.Exists(report)))
        {
            return CheckResult.Error($"'{run.CommandLine}' failed with exit code {run.ExitCode}: {run.StandardError.Trim().Split('\n').LastOrDefault()}");
        }

        var findings = File.Exists(report) ? Parse(report, context) : [];
        var summary = $"{findings.Count} formatting violation(s) (at most {Options.MaximumLintViolations} allowed)";
        var examined = SourceFiles.Count(context.Root);
        var evidence = findings.Count <= Options.MaximumLintViolations
            ? CheckResult.Passed(examined, summary) with { Findings = findings }
            : CheckResult.Failed(examined, summary, [.. findings]);
        return evidence with { Figures = new Dictionary<string, double> { ["lint.format.violations"] = findings.Count }, Tool = "dotnet format" };
    }

    private static List<Finding> Parse(string report, CheckContext context)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(report));
        return [.. document.RootElement.EnumerateArray().SelectMany(file =>
        {
            var path = context.Relative(file.GetProperty("FilePath").GetString()!);
            return file.GetProperty("FileChanges").EnumerateArray().Select(change =>
            {
                var rule = change.GetProperty("DiagnosticId").GetString()!;
                var message = change.GetProperty("FormatDescription").GetString()!;
                return Finding.Create(rule, FindingSeverity.Error, path, change.GetProperty("LineNumber").GetInt32(), message, $"{path}:{rule}:{message}");
            });
        })];
    }
}
