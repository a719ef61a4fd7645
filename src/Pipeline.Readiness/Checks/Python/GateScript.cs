using System.Reflection;
using System.Text.Json;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The gate's own scripts (<c>test_inventory.py</c>, <c>settings_inventory.py</c>, <c>run_validation.py</c>,
/// <c>ruff-runner.js</c>), embedded in the assembly and written to a work folder under the report folder before they run.</summary>
internal static class GateScript
{
    /// <summary>Writes the script <paramref name="name"/> into <paramref name="work"/> and returns its path.</summary>
    public static async Task<string> WriteAsync(string name, string work, CancellationToken cancellation)
    {
        Directory.CreateDirectory(work);
        var path = Path.Combine(work, name);
        await using var resource = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the gate's script '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        await using var file = File.Create(path);
        await resource.CopyToAsync(file, cancellation).ConfigureAwait(false);
        return path;
    }

    /// <summary>Runs the Python reader <paramref name="name"/> (standard library only, isolated mode) with the project's
    /// interpreter over <paramref name="files"/> (project-relative) and returns its JSON and the interpreter;
    /// <paramref name="what"/> names the read in the error when Python is missing or the script fails.</summary>
    public static async Task<(JsonDocument Output, PythonTool Python)> ReadAsync(CheckContext context, PythonProject project, string name, IReadOnlyList<string> files, string what)
    {
        var python = await PythonTools.InterpreterAsync(context, project).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{what} cannot be read: {PythonTools.Missing("python3", project)}");
        var work = context.Artifact("work", "python");
        var script = await WriteAsync(name, work, context.Cancellation).ConfigureAwait(false);
        var listing = Path.Combine(work, Path.ChangeExtension(name, ".files.json"));
        await File.WriteAllTextAsync(listing, JsonSerializer.Serialize(files), context.Cancellation).ConfigureAwait(false);
        var run = await context.Processes.RunAsync(python.Run(project.Directory, ["-I", script, listing]), context.Cancellation).ConfigureAwait(false);
        return run.ExitCode == 0
            ? (JsonDocument.Parse(run.StandardOutput), python)
            : throw new InvalidOperationException($"{what} could not be read ('{run.CommandLine}', exit code {run.ExitCode}): {run.StandardError.Trim().Split('\n').LastOrDefault()}");
    }
}
