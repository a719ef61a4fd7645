namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Runs <c>dotnet ef</c> (the root's tool manifest version, else the options' version) against the
/// options' project without building it again, with prefixed output (<c>data:</c>, <c>info:</c>, <c>error:</c>).</summary>
internal sealed class EfCoreTool(EfCoreMigrationOptions options)
{
    public Task<ProcessResult> RunAsync(CheckContext context, params string[] arguments)
    {
        List<string> all = ["tool", "exec", $"dotnet-ef@{DotNetTool.ManifestVersion(context.Root, "dotnet-ef") ?? options.ToolVersion}", "--yes", "--",
            .. arguments, "--project", options.Project, "--no-build", "--prefix-output"];
        if (options.StartupProject is { } startup)
        {
            all.AddRange(["--startup-project", startup]);
        }

        if (options.Context is { } dbContext)
        {
            all.AddRange(["--context", dbContext]);
        }

        return context.Processes.RunAsync(new ProcessSpec("dotnet", all)
        {
            WorkingDirectory = context.Root,
            CheckExitCode = false,
            LogOutput = false,
            Timeout = TimeSpan.FromMinutes(5),
        }, context.Cancellation);
    }

    /// <summary>The lines of one prefix (<c>data</c>, <c>error</c>, …) without it.</summary>
    public static IEnumerable<string> Lines(ProcessResult result, string prefix) =>
        (result.StandardOutput + "\n" + result.StandardError).Split('\n')
            .Where(l => l.StartsWith(prefix + ":", StringComparison.Ordinal))
            .Select(l => l[(prefix.Length + 1)..].TrimStart(' ').TrimEnd('\r'));

    /// <summary>The tool's error lines, or the tail of its output when it printed none.</summary>
    public static string ErrorText(ProcessResult result)
    {
        var errors = Lines(result, "error").Where(l => l.Length > 0).ToList();
        return errors.Count > 0 ? string.Join(" ", errors) : string.Join(" ", (result.StandardOutput + result.StandardError).Trim().Split('\n').TakeLast(3)).Trim();
    }
}
