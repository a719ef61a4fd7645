using System.Text.Json;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The project's tests as its source declares them, read by <c>test_inventory.py</c> with Python's own
/// <c>ast</c> (the project is never imported, so this works when its dependencies cannot be installed): pytest's
/// default collection rules (<c>test_*.py</c> / <c>*_test.py</c>, <c>test*</c> functions, <c>Test*</c> classes),
/// markers and literal parametrize counts. A file Python cannot parse is listed as an error.</summary>
internal static class PythonTestInventory
{
    public static async Task<(List<PythonTestCase> Tests, List<string> Errors, string Tool)> ReadAsync(CheckContext context, PythonProject project)
    {
        var python = await PythonTools.InterpreterAsync(context, project).ConfigureAwait(false)
            ?? throw new InvalidOperationException(PythonTools.Missing("python3", project));
        var files = project.SourceFiles(context.ReportDirectory)
            .Where(f => Path.GetFileName(f) is var name && name.EndsWith(".py", StringComparison.Ordinal) && (name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)))
            .ToList();
        var work = context.Artifact("work", "python");
        var script = await GateScript.WriteAsync("test_inventory.py", work, context.Cancellation).ConfigureAwait(false);
        var listing = Path.Combine(work, "test-files.json");
        await File.WriteAllTextAsync(listing, JsonSerializer.Serialize(files), context.Cancellation).ConfigureAwait(false);
        var run = await context.Processes.RunAsync(python.Run(project.Directory, ["-I", script, listing]), context.Cancellation)
            .ConfigureAwait(false);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"the test inventory could not be read ('{run.CommandLine}', exit code {run.ExitCode}): {run.StandardError.Trim().Split('\n').LastOrDefault()}");
        }

        using var document = JsonDocument.Parse(run.StandardOutput);
        var tests = document.RootElement.GetProperty("tests").EnumerateArray().Select(t => new PythonTestCase(
            t.GetProperty("file").GetString()!, t.GetProperty("line").GetInt32(), t.GetProperty("class").GetString(), t.GetProperty("name").GetString()!,
            [.. t.GetProperty("markers").EnumerateArray().Select(m => m.GetString()!)])
        { Cases = t.GetProperty("cases").GetInt32() }).ToList();
        var errors = document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("file").GetString()}({(e.GetProperty("line").ValueKind == JsonValueKind.Number ? e.GetProperty("line").GetInt32() : 0)}): {e.GetProperty("message").GetString()}").ToList();
        return (tests, errors, $"python {python.Version} ast ({python.Program}, {python.HowFound})");
    }
}
