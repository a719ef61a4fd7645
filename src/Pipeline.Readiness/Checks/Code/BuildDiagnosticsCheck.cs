namespace Pipeline.Readiness.Checks.Code;

/// <summary>A full rebuild with analyzers whose diagnostics are findings. In <see cref="BuildDiagnostics.Errors"/>
/// mode it decides the type check (compiler errors); in <see cref="BuildDiagnostics.ErrorsAndWarnings"/> mode analyzer
/// warnings count as lint violations too. A build that fails without a diagnostic is an Error.</summary>
internal sealed class BuildDiagnosticsCheck(DotNetBuildRun build, BuildDiagnostics mode) : ReadinessCheck<DotNetCodeOptions>(build.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => DotNetReuse.Build;

    /// <inheritdoc />
    public override string Name => mode == BuildDiagnostics.Errors ? "dotnet-build:errors" : "dotnet-build:warnings";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var (run, diagnostics, projects) = await build.RunAsync(context).ConfigureAwait(false);
        if (run.ExitCode != 0 && !diagnostics.Any(d => d.IsError))
        {
            return CheckResult.Error($"'{run.CommandLine}' failed with exit code {run.ExitCode} and no diagnostic: {run.StandardOutput.Trim().Split('\n').LastOrDefault()}");
        }

        var counted = diagnostics.Where(d => d.IsError || mode == BuildDiagnostics.ErrorsAndWarnings).ToList();
        var findings = counted.Select(d => Finding.Create(d.Code, FindingSeverity.Error,
            Relative(context, d.File), d.Line, d.Message, $"{d.Code}:{d.Message}")).ToList();
        var allowed = mode == BuildDiagnostics.Errors ? 0 : Options.MaximumLintViolations;
        var errors = diagnostics.Count(d => d.IsError);
        var summary = $"{errors} compiler error(s), {diagnostics.Count - errors} warning(s) in {projects} project(s)";
        var evidence = findings.Count <= allowed && errors == 0
            ? CheckResult.Passed(projects, summary) with { Findings = findings }
            : CheckResult.Failed(projects, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["build.errors"] = errors, ["build.warnings"] = diagnostics.Count - errors },
            Tool = "dotnet build --no-incremental",
        };
    }

    private static string Relative(CheckContext context, string file) =>
        Path.IsPathRooted(file) ? context.Relative(file) : file.Replace('\\', '/');
}
