using System.Text.Json;

namespace Pipeline.Readiness;

/// <summary>Renders the HTML coverage report with ReportGenerator (<c>dotnet tool exec</c>, the version pinned by
/// the root's tool manifest or the options). Best-effort: a failure is returned as a warning finding.</summary>
internal static class CoverageHtmlReport
{
    public static async Task<Finding?> WriteAsync(CheckContext context, IReadOnlyList<string> reports, string version, string targetDirectory)
    {
        try
        {
            var tool = $"dotnet-reportgenerator-globaltool@{ManifestVersion(context.Root) ?? version}";
            await context.Processes.RunAsync(new ProcessSpec("dotnet",
                ["tool", "exec", tool, "--yes", "--", $"-reports:{string.Join(';', reports)}", $"-targetdir:{targetDirectory}", "-reporttypes:Html"])
            {
                WorkingDirectory = context.Root,
                LogOutput = false,
                Timeout = TimeSpan.FromMinutes(5),
            }, context.Cancellation).ConfigureAwait(false);
            return null;
        }
        catch (ProcessFailedException exception)
        {
            return Finding.Create("coverage.html-report", FindingSeverity.Warning, null, null, $"the HTML coverage report could not be written: {exception.Message}", "html");
        }
    }

    private static string? ManifestVersion(string root)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("tools", out var tools)
            && tools.TryGetProperty("dotnet-reportgenerator-globaltool", out var tool)
            && tool.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
