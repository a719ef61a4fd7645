using System.Text.Json;
using System.Text.Json.Nodes;
using Pipeline.Processes;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Runs the real ruff engine from the npm package <c>@astral-sh/ruff-wasm-nodejs</c> when the project has
/// no <c>ruff</c>: the package is installed once per version into the user's cache
/// (<c>~/.cache/pipeline/ruff-wasm/&lt;version&gt;</c>, by <c>npm install</c>), and our runner (<c>ruff-runner.js</c>)
/// checks each file with the project's settings (<see cref="RuffSettings"/>). Needs Node.js (<c>node</c>, <c>npm</c>).
/// The engine sees each file's text without its path, so the few rules that look at the file name itself (N999,
/// INP001) are not reported by it.</summary>
internal static class RuffWasm
{
    public const string Package = "@astral-sh/ruff-wasm-nodejs";

    public static async Task<(string Tool, List<RuffDiagnostic> Diagnostics, List<string> Unreadable)> RunAsync(
        CheckContext context, PythonProject project, RuffSettings settings, IReadOnlyList<string> files, string version)
    {
        var node = ExecutableLookup.Find("node") ?? throw new InvalidOperationException(
            $"ruff was not found in the project's environment or on PATH, and Node.js (node) is not installed to run ruff's WebAssembly build: {PythonTools.Missing("ruff", project)}");
        var folder = await InstallAsync(context, version).ConfigureAwait(false);
        var work = context.Artifact("work", "ruff");
        var runner = await GateScript.WriteAsync("ruff-runner.js", work, context.Cancellation).ConfigureAwait(false);
        var request = Path.Combine(work, "request.json");
        await File.WriteAllTextAsync(request, new JsonObject
        {
            ["settings"] = settings.Engine.DeepClone(),
            ["files"] = new JsonArray([.. files.Select(f => (JsonNode)new JsonObject { ["path"] = Path.Combine(project.Directory, f), ["name"] = f })]),
        }.ToJsonString(), context.Cancellation).ConfigureAwait(false);
        var run = await context.Processes.RunAsync(new ProcessSpec(node, [runner, request, folder])
        {
            WorkingDirectory = project.Directory,
            CheckExitCode = false,
            LogOutput = false,
        }, context.Cancellation).ConfigureAwait(false);
        JsonNode? output;
        try
        {
            output = run.ExitCode == 0 ? JsonNode.Parse(run.StandardOutput) : null;
        }
        catch (JsonException)
        {
            output = null;
        }

        if (output is null)
        {
            throw new InvalidOperationException($"ruff's WebAssembly build did not run ('{run.CommandLine}', exit code {run.ExitCode}): {run.StandardError.Trim().Split('\n').LastOrDefault()}");
        }

        var engineVersion = output["version"]?.GetValue<string>() ?? version;
        if (output["settingsError"]?.GetValue<string>() is { } settingsError)
        {
            throw new FormatException($"{settings.Source}: ruff {engineVersion} refuses the settings: {settingsError.Replace("Error: ", string.Empty, StringComparison.Ordinal)}");
        }

        var diagnostics = output["diagnostics"]!.AsArray().Select(d => new RuffDiagnostic(d!["file"]!.GetValue<string>(), d["row"]!.GetValue<int>(),
            d["column"]!.GetValue<int>(), d["code"]!.GetValue<string>(), d["message"]!.GetValue<string>())).ToList();
        var unreadable = output["unreadable"]!.AsArray().Select(u => $"{u!["file"]!.GetValue<string>()}: {u["reason"]!.GetValue<string>()}").ToList();
        return ($"ruff {engineVersion} (npm {Package}@{version}, run by {node} with the gate's runner)", diagnostics, unreadable);
    }

    /// <summary>The folder holding <c>node_modules/@astral-sh/ruff-wasm-nodejs</c> at <paramref name="version"/>,
    /// installed now unless the cache has it.</summary>
    private static async Task<string> InstallAsync(CheckContext context, string version)
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var folder = Path.Combine(cache, "pipeline", "ruff-wasm", version);
        if (File.Exists(Path.Combine(folder, "node_modules", "@astral-sh", "ruff-wasm-nodejs", "ruff_wasm_bg.wasm")))
        {
            return folder;
        }

        var npm = ExecutableLookup.Find("npm") ?? throw new InvalidOperationException(
            $"ruff was not found, and npm is not installed to fetch ruff's WebAssembly build ({Package}@{version}): install Node.js with npm, or ruff");
        var staging = folder + ".staging-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(staging);
        try
        {
            await context.Processes.RunAsync(new ProcessSpec(npm, ["install", "--prefix", staging, "--no-audit", "--no-fund", "--no-save", "--loglevel", "error", $"{Package}@{version}"])
            {
                WorkingDirectory = staging,
                LogOutput = false,
                Timeout = TimeSpan.FromMinutes(5),
            }, context.Cancellation).ConfigureAwait(false);
            if (!Directory.Exists(folder))
            {
                Directory.Move(staging, folder);
            }
        }
        catch (ProcessFailedException exception)
        {
            throw new InvalidOperationException($"ruff was not found, and npm could not install {Package}@{version}: {exception.Message.Split('\n')[0]}", exception);
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }

        return folder;
    }
}
