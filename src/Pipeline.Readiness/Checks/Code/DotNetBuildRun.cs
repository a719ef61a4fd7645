using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Runs one full rebuild per evaluation (warnings not treated as errors, so every one is reported) and
/// shares its diagnostics among the checks that need them.</summary>
internal sealed partial class DotNetBuildRun(DotNetCodeOptions options) : Collector("dotnet-build", $"dotnet-build|{options.Target}|{options.Configuration}")
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    /// <summary>The options the build uses.</summary>
    public DotNetCodeOptions Options => options;

    internal Task<(ProcessResult Run, IReadOnlyList<MsBuildDiagnostic> Diagnostics, int Projects)> RunAsync(CheckContext context) =>
        Observe(context, "rebuild", BuildAsync);

    private async Task<(ProcessResult Run, IReadOnlyList<MsBuildDiagnostic> Diagnostics, int Projects)> BuildAsync(CheckContext context)
    {
        var target = CodeTarget.Require(context.Root, options.Target);
        await new DotNetRestoreRun(options.Target).EnsureAsync(context).ConfigureAwait(false);
        var run = await context.Processes.RunAsync(new ProcessSpec("dotnet",
            ["build", target, "--no-restore", "--no-incremental", "--configuration", options.Configuration, "-p:TreatWarningsAsErrors=false", "-clp:NoSummary", "-nologo", "-tl:off"])
        {
            WorkingDirectory = context.Root,
            CheckExitCode = false,
            LogOutput = false,
        }, context.Cancellation).ConfigureAwait(false);
        var projects = ProjectOutput().Matches(run.StandardOutput).Count;
        return (run, [.. MsBuildDiagnostic.Parse(run.StandardOutput)], projects);
    }

    [GeneratedRegex(@"^\s*\S+ -> .+$", RegexOptions.Multiline)]
    private static partial Regex ProjectOutput();
}
