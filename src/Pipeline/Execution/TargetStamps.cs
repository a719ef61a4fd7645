using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Pipeline.Definition;
using Pipeline.IO;
using Pipeline.Output;

namespace Pipeline.Execution;

/// <summary>The records of <see cref="ITargetDefinition.SkipWhenUnchanged"/>: after a target's success, the digest
/// of its inputs as they were when it started (the files git sees under its input paths, by content, with the build's
/// <paramref name="settings"/>) and of its outputs as it left them, in <c>.nuke/temp/targets/&lt;Target&gt;.json</c>.
/// A target is up to date when both digests are what its record holds; a failed run deletes the record.</summary>
/// <param name="root">The build's root.</param>
/// <param name="processes">Runs git.</param>
/// <param name="time">The clock of the records' times.</param>
/// <param name="settings">A digest of the build's parameter values (secrets only as set or not).</param>
internal sealed class TargetStamps(string root, IProcessRunner processes, TimeProvider time, string settings)
{
    private string Folder => Path.Combine(root, ".nuke", "temp", "targets");

    /// <summary>The digest of the build's parameter values: each parameter's option name and value (a secret's as
    /// <c>set</c> or <c>unset</c>, never its value).</summary>
    public static string SettingsOf(IEnumerable<(string Name, object? Value, bool Secret)> parameters)
    {
        var text = new StringBuilder();
        foreach (var (name, value, secret) in parameters.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var shown = secret ? (value is null or "" ? "unset" : "set") : Text(value);
            text.Append(name).Append('=').Append(shown).Append('\n');
        }

        return Digest(text.ToString());
    }

    /// <summary>Starts a run of <paramref name="target"/>: null when it declares no inputs; else its stamp, which
    /// says whether it is up to date (its inputs digested now, compared with its record, and only then its outputs).
    /// When git cannot list the inputs, <paramref name="log"/> says so and the target runs, unrecorded.</summary>
    public async Task<TargetStamp?> BeginAsync(TargetDefinition target, TargetLog log, CancellationToken cancellation)
    {
        if (target.Inputs is not { } declared)
        {
            return null;
        }

        var (inputs, why) = await InputsAsync(target, declared, cancellation).ConfigureAwait(false);
        if (why is not null)
        {
            log.Write(LogLevel.Warning, $"Target '{target.Name}' runs: whether it is up to date cannot be told, as {why}");
        }

        var upToDate = inputs is not null && Read(target) is { } record && record.Inputs == inputs && record.Outputs == Outputs(declared)
            ? $"up to date: its inputs, the parameters and its outputs are as after its success at {record.At}"
            : null;
        return new TargetStamp(this, target, declared, inputs) { UpToDate = upToDate };
    }

    /// <summary>The inputs' digest now (null, with why, when it cannot be had: no git, not a work tree).</summary>
    private async Task<(string? Digest, string? Why)> InputsAsync(TargetDefinition target, TargetInputs inputs, CancellationToken cancellation)
    {
        var listed = await processes.RunAsync(
            new ProcessSpec("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", .. inputs.Inputs]) { WorkingDirectory = root, CheckExitCode = false, LogOutput = false },
            cancellation).ConfigureAwait(false);
        if (listed.ExitCode != 0)
        {
            return (null, $"git cannot list its inputs ({listed.StandardError.Trim()})");
        }

        var text = new StringBuilder($"target={target.Name}\nsettings={settings}\ninputs={string.Join('|', inputs.Inputs)}\noutputs={string.Join('|', inputs.Outputs)}\n");
        foreach (var file in listed.StandardOutput.Split('\0', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(root, file);
            text.Append(file).Append('\t').Append(File.Exists(path) ? FileDigest(path) : "missing").Append('\n');
        }

        return (Digest(text.ToString()), null);
    }

    /// <summary>The outputs' digest now, or null when no output file exists.</summary>
    public string? Outputs(TargetInputs inputs)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var output in inputs.Outputs)
        {
            var path = Path.Combine(root, output);
            if (File.Exists(path))
            {
                files.Add(output);
            }
            else if (Directory.Exists(path))
            {
                foreach (var file in Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories))
                {
                    files.Add(Path.GetRelativePath(root, file).Replace('\\', '/'));
                }
            }
        }

        return files.Count == 0 ? null : Digest(string.Concat(files.Select(f => $"{f}\t{FileDigest(Path.Combine(root, f))}\n")));
    }

    /// <summary>Records a success: <paramref name="inputs"/> as they were when it started, its outputs as they are.</summary>
    public void Record(TargetDefinition target, string inputs, string outputs) =>
        AtomicFile.WriteAllText(PathOf(target), new JsonObject
        {
            ["target"] = target.Name,
            ["inputs"] = inputs,
            ["outputs"] = outputs,
            ["at"] = time.GetUtcNow().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture),
        }.ToJsonString());

    /// <summary>Deletes the record (a failed run, outputs that cannot be read).</summary>
    public void Forget(TargetDefinition target)
    {
        if (File.Exists(PathOf(target)))
        {
            File.Delete(PathOf(target));
        }
    }

    private (string Inputs, string Outputs, string At)? Read(TargetDefinition target)
    {
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(PathOf(target))) as JsonObject;
            return node?["inputs"]?.GetValue<string>() is { } inputs && node["outputs"]?.GetValue<string>() is { } outputs && node["at"]?.GetValue<string>() is { } at
                ? (inputs, outputs, at)
                : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null; // none, or unreadable: the target runs, and writes it anew
        }
    }

    private string PathOf(TargetDefinition target) => Path.Combine(Folder, target.Name + ".json");

    private static string Text(object? value) => value switch
    {
        null => "null",
        string text => text,
        System.Collections.IEnumerable items => "[" + string.Join("\u001f", items.Cast<object?>().Select(Text)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static string FileDigest(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string Digest(string text) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
