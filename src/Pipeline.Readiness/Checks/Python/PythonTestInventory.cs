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
        var files = project.SourceFiles(context.ReportDirectory)
            .Where(f => Path.GetFileName(f) is var name && name.EndsWith(".py", StringComparison.Ordinal) && (name.StartsWith("test_", StringComparison.Ordinal) || name.EndsWith("_test.py", StringComparison.Ordinal)))
            .ToList();
        var (output, python) = await GateScript.ReadAsync(context, project, "test_inventory.py", files, "the test inventory").ConfigureAwait(false);
        using var document = output;
        var tests = document.RootElement.GetProperty("tests").EnumerateArray().Select(t => new PythonTestCase(
            t.GetProperty("file").GetString()!, t.GetProperty("line").GetInt32(), t.GetProperty("class").GetString(), t.GetProperty("name").GetString()!,
            [.. t.GetProperty("markers").EnumerateArray().Select(m => m.GetString()!)])
        { Cases = t.GetProperty("cases").GetInt32() }).ToList();
        var errors = document.RootElement.GetProperty("errors").EnumerateArray()
            .Select(e => $"{e.GetProperty("file").GetString()}({(e.GetProperty("line").ValueKind == JsonValueKind.Number ? e.GetProperty("line").GetInt32() : 0)}): {e.GetProperty("message").GetString()}").ToList();
        return (tests, errors, $"python {python.Version} ast ({python.Program}, {python.HowFound})");
    }
}
