using System.Reflection;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The gate's own scripts (<c>test_inventory.py</c>, <c>ruff-runner.js</c>), embedded in the assembly and
/// written to a work folder under the report folder before they run.</summary>
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
}
