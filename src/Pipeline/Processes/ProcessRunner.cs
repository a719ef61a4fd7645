using System.ComponentModel;
using System.Diagnostics;
using Pipeline.Processes;

namespace Pipeline;

/// <summary>Runs processes with captured, masked output that also streams to the current target's log. Children get
/// this process's environment with the build's <paramref name="environment"/> laid over it, then the spec's. A bare
/// program name is found only on the absolute directories of that <c>PATH</c>, never in the working directory.</summary>
public sealed class ProcessRunner(SecretMasker? masker = null, TimeProvider? time = null, IReadOnlyDictionary<string, string>? environment = null) : IProcessRunner
{
    private const int StderrTailLines = 20;
    private readonly SecretMasker _masker = masker ?? new SecretMasker();
    private readonly TimeProvider _time = time ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<ProcessResult> RunAsync(ProcessSpec spec, CancellationToken cancellationToken = default)
    {
        var commandLine = _masker.Apply(CommandLineText.Format(spec.FileName, spec.Arguments));
        var directory = spec.WorkingDirectory ?? Directory.GetCurrentDirectory();
        // Output a caller keeps to itself still reaches the log at debug level: --verbosity verbose shows every tool's output.
        var stdout = new CapturedStream(_masker, spec.LogOutput ? LogLevel.Information : LogLevel.Debug);
        var stderr = new CapturedStream(_masker, spec.LogOutput ? LogLevel.Information : LogLevel.Debug);
        string executable;
        try
        {
            executable = ExecutableLookup.Resolve(spec.FileName, directory, PathOf(spec));
        }
        catch (FileNotFoundException exception)
        {
            throw new ProcessFailedException(_masker.Apply($"Could not start '{commandLine}' in '{directory}': {exception.Message}"), inner: exception);
        }

        using var process = new Process { StartInfo = StartInfo(spec, executable, directory, environment) };
        process.OutputDataReceived += (_, e) => Receive(stdout, e.Data, spec.OutputLine);
        process.ErrorDataReceived += (_, e) => Receive(stderr, e.Data, spec.OutputLine);

        var started = _time.GetTimestamp();
        Log.Debug($"> {commandLine} ({executable})");
        try
        {
            process.Start();
        }
        catch (Exception exception) when (exception is Win32Exception or InvalidOperationException)
        {
            throw new ProcessFailedException(_masker.Apply(
                $"Could not start '{commandLine}' in '{directory}': {exception.Message}"), inner: exception);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var sink = Log.Sink; // captured here: the heartbeat fires on another thread
        using var heartbeat = _time.CreateTimer(_ => Beat(sink, $"… still running after {Elapsed(_time.GetElapsedTime(started))}: {Shortened(commandLine)}"), null, HeartbeatInterval, HeartbeatInterval);
        using var timeout = spec.Timeout is { } limit ? new CancellationTokenSource(limit, _time) : new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await process.WaitForExitAsync(linked.Token).ConfigureAwait(false);
            process.WaitForExit();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            throw Failure($"'{commandLine}' timed out after {spec.Timeout} in '{directory}' and was killed.", null, stderr, executable);
        }

        var result = new ProcessResult(commandLine, process.ExitCode, stdout.Text, stderr.Text, _time.GetElapsedTime(started)) { Executable = executable };
        if (result.Duration >= HeartbeatInterval)
        {
            Beat(sink, $"… finished after {Elapsed(result.Duration)} (exit code {result.ExitCode}): {Shortened(commandLine)}");
        }

        if (spec.CheckExitCode && result.ExitCode != 0)
        {
            throw Failure($"'{commandLine}' exited with code {result.ExitCode} in '{directory}'.", result.ExitCode, stderr, executable);
        }

        return result;
    }

    /// <summary>How much of a command line the progress lines show (a test filter can be thousands of characters).</summary>
    internal const int ShownCommandLine = 160;

    private static string Shortened(string commandLine) =>
        commandLine.Length <= ShownCommandLine ? commandLine : $"{commandLine[..ShownCommandLine]}… ({commandLine.Length} characters)";

    /// <summary>How often a running process says it is still running (and, past it, how long it took).</summary>
    internal TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(10);

    private static string Elapsed(TimeSpan elapsed) => elapsed.TotalMinutes >= 1 ? $"{(int)elapsed.TotalMinutes}m {elapsed.Seconds:00}s" : $"{elapsed.TotalSeconds:0}s";

    private static void Beat(Output.ILogSink? sink, string line) => sink?.Write(LogLevel.Information, line); // outside a build nobody watches

    private void Receive(CapturedStream stream, string? line, Action<string>? observer)
    {
        stream.Add(line);
        if (line is not null)
        {
            observer?.Invoke(_masker.Apply(line));
        }
    }

    private ProcessFailedException Failure(string message, int? exitCode, CapturedStream stderr, string executable)
    {
        var tail = stderr.Tail(StderrTailLines);
        var text = tail.Count == 0 ? message : $"{message}\nLast lines of standard error:\n  {string.Join("\n  ", tail)}";
        return new ProcessFailedException(_masker.Apply(text), exitCode) { Executable = executable };
    }

    /// <summary>The PATH the child sees: the spec's, else the build's, else this process's.</summary>
    private string? PathOf(ProcessSpec spec) =>
        spec.Environment.TryGetValue("PATH", out var own) ? own
        : environment is not null && environment.TryGetValue("PATH", out var build) ? build
        : Environment.GetEnvironmentVariable("PATH");

    private static ProcessStartInfo StartInfo(ProcessSpec spec, string executable, string directory, IReadOnlyDictionary<string, string>? buildEnvironment)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in spec.Arguments)
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in (buildEnvironment ?? new Dictionary<string, string>()).Select(e => KeyValuePair.Create(e.Key, (string?)e.Value)).Concat(spec.Environment))
        {
            if (value is null)
            {
                info.Environment.Remove(name);
            }
            else
            {
                info.Environment[name] = value;
            }
        }

        return info;
    }
}
