using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>One <c>dotnet restore</c> of the target per evaluation, before every dotnet command that needs the
/// packages (format, build, test, the package audit), which then run with <c>--no-restore</c>. Its output is printed
/// once; when it fails, the NuGet errors (code, message, project) are the reason of every dependent item and the other
/// commands never run to print the same errors again.</summary>
internal sealed partial class DotNetRestoreRun(string? target) : Collector("dotnet-restore", $"dotnet-restore|{target}")
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    /// <summary>Restores the packages once; throws <see cref="PrerequisiteFailedException"/> naming the NuGet errors
    /// when the restore fails.</summary>
    public async Task EnsureAsync(CheckContext context)
    {
        if (await Observe(context, "restore", RestoreAsync).ConfigureAwait(false) is { } cause)
        {
            throw new PrerequisiteFailedException(cause);
        }
    }

    private async Task<string?> RestoreAsync(CheckContext context)
    {
        var resolved = CodeTarget.Require(context.Root, target);
        var run = await context.Processes.RunAsync(new ProcessSpec("dotnet", ["restore", resolved, "-nologo", "-tl:off", "--verbosity", "quiet"])
        {
            WorkingDirectory = context.Root,
            CheckExitCode = false,
        }, context.Cancellation).ConfigureAwait(false);
        return run.ExitCode == 0 ? null : Cause(context, context.Relative(resolved), run);
    }

    /// <summary>"dotnet restore of App.sln failed: NU1101 Unable to find package X. … (src/App/App.csproj)", each error
    /// once, at most five.</summary>
    internal static string Cause(CheckContext context, string target, ProcessResult run)
    {
        var errors = NuGetError().Matches(run.StandardOutput + "\n" + run.StandardError)
            .Select(m => $"{m.Groups["code"].Value} {m.Groups["message"].Value.Trim()} ({Project(context, m.Groups["project"].Value.Trim())})").Distinct().ToList();
        return errors.Count == 0
            ? $"dotnet restore of {target} failed with exit code {run.ExitCode}: {(run.StandardError + run.StandardOutput).Trim().Split('\n').LastOrDefault()?.Trim()}"
            : $"dotnet restore of {target} failed, so nothing that needs its packages could run: {string.Join("; ", errors.Take(5))}{(errors.Count > 5 ? $"; and {errors.Count - 5} more" : string.Empty)}";
    }

    private static string Project(CheckContext context, string path) => Path.IsPathRooted(path) ? context.Relative(path) : path;

    /// <summary><c>/src/App/App.csproj : error NU1101: Unable to find package X. … [/src/App.sln]</c>.</summary>
    [GeneratedRegex(@"^\s*(?<project>[^\r\n]*?)\s*:\s*error\s+(?<code>NU\d{4})\s*:\s*(?<message>[^\r\n]*?)(?:\s+\[[^\]\r\n]+\])?\s*$", RegexOptions.Multiline)]
    private static partial Regex NuGetError();
}
