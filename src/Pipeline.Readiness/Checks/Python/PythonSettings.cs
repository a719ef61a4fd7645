using System.Text.Json;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>The service's pydantic settings read statically by <c>settings_inventory.py</c> (Python's own <c>ast</c>;
/// the project is never imported): every field of a <c>BaseSettings</c> class with the key it reads from the
/// environment (alias, <c>env_prefix</c>) and its literal default with file and line — the lowest layer of the
/// <see cref="ConfigurationView"/>, under env files, manifests and the process environment — and the module-level
/// instances with their validation method (<c>settings.validate_config()</c>), the default validation entry point.</summary>
internal sealed record PythonSettings(IReadOnlyList<ConfigurationEntry> Defaults, IReadOnlyList<PythonSettings.Instance> Instances, IReadOnlyList<string> Files)
{
    /// <summary>A module-level settings object (<c>settings = Settings()</c>) and the validation methods its class has.</summary>
    public sealed record Instance(string Module, string Name, IReadOnlyList<string> Methods, string File, int Line);

    public static readonly PythonSettings None = new([], [], []);

    /// <summary>Reads the settings classes of the Python project at the root, or <see cref="None"/> when there is none.</summary>
    public static async Task<PythonSettings> ReadAsync(CheckContext context)
    {
        if (PythonProject.Detect(context.Root) is not { } project)
        {
            return None;
        }

        var files = project.ApplicationFiles(context.ReportDirectory).ToList();
        using var document = (await GateScript.ReadAsync(context, project, "settings_inventory.py", files, "the service's pydantic settings").ConfigureAwait(false)).Output;
        var prefix = project.PathPrefix(context);
        var defaults = document.RootElement.GetProperty("fields").EnumerateArray()
            .Where(f => f.GetProperty("default").ValueKind == JsonValueKind.String)
            .Select(f => new ConfigurationEntry(f.GetProperty("key").GetString()!, f.GetProperty("default").GetString()!, prefix + f.GetProperty("file").GetString(),
                f.GetProperty("line").GetInt32())
            { Layer = $"the default of {f.GetProperty("class").GetString()}.{f.GetProperty("field").GetString()}" })
            .ToList();
        var instances = document.RootElement.GetProperty("instances").EnumerateArray().Select(i => new Instance(
            Path.ChangeExtension(i.GetProperty("file").GetString()!, null).Replace('/', '.'), i.GetProperty("instance").GetString()!,
            [.. i.GetProperty("methods").EnumerateArray().Select(m => m.GetString()!)], prefix + i.GetProperty("file").GetString(), i.GetProperty("line").GetInt32())).ToList();
        return new PythonSettings(defaults, instances, [.. defaults.Select(d => d.File).Distinct()]);
    }
}
