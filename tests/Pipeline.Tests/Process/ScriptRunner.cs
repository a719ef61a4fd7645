using System.Diagnostics;

namespace Pipeline.Tests.Process;

/// <summary>Starts a real script with arguments and extra environment, capturing its combined output.</summary>
internal static class ScriptRunner
{
    public static async Task<(int ExitCode, string Output)> Run(
        string workingDirectory, string fileName, IEnumerable<string> arguments,
        IReadOnlyDictionary<string, string>? environment = null, Func<int, Task>? whileRunning = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        using var process = System.Diagnostics.Process.Start(info)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (whileRunning is not null)
        {
            await whileRunning(process.Id);
        }

        var allowed = timeout ?? TimeSpan.FromMinutes(5);
        using var limit = new CancellationTokenSource(allowed);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"{fileName} {string.Join(' ', info.ArgumentList)} did not end within {allowed.TotalMinutes} min (killed):\n{await stdout}{await stderr}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
