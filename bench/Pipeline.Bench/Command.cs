using System.Diagnostics;

namespace Pipeline.Bench;

/// <summary>Runs a command to its end, its output captured; a non-zero exit throws with that output.</summary>
internal static class Command
{
    public static async Task RunAsync(string directory, string file, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file, arguments) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}):\n{await output}{await error}");
        }
    }
}
