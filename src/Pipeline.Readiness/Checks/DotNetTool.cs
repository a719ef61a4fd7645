using System.Text.Json;

namespace Pipeline.Readiness.Checks;

/// <summary>Runs a .NET tool package once with <c>dotnet tool exec</c>, at the version the root's tool manifest
/// pins (<c>.config/dotnet-tools.json</c>) or else the given default. Returns null on success, the reason otherwise.</summary>
internal static class DotNetTool
{
    public static async Task<string?> ExecAsync(CheckContext context, string package, string defaultVersion, IReadOnlyList<string> arguments)
    {
        try
        {
            await context.Processes.RunAsync(new ProcessSpec("dotnet",
                ["tool", "exec", $"{package}@{ManifestVersion(context.Root, package) ?? defaultVersion}", "--yes", "--", .. arguments])
            {
                WorkingDirectory = context.Root,
                LogOutput = false,
                Timeout = TimeSpan.FromMinutes(5),
            }, context.Cancellation).ConfigureAwait(false);
            return null;
        }
        catch (ProcessFailedException exception)
        {
            return exception.Message;
        }
    }

    public static string? ManifestVersion(string root, string package)
    {
        var manifest = Path.Combine(root, ".config", "dotnet-tools.json");
        if (!File.Exists(manifest))
        {
            return null;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        return document.RootElement.TryGetProperty("tools", out var tools)
            && tools.EnumerateObject().FirstOrDefault(t => t.Name.Equals(package, StringComparison.OrdinalIgnoreCase)) is { Value.ValueKind: JsonValueKind.Object } tool
            && tool.Value.TryGetProperty("version", out var version) ? version.GetString() : null;
    }
}
