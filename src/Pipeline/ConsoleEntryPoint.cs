using System.Collections;
using Pipeline.Output;

namespace Pipeline;

/// <summary>The real process around a <see cref="BuildSession"/>: environment, console redirection so that all
/// output is masked, and Ctrl-C (first press cancels gracefully, a second one ends the process).</summary>
internal static class ConsoleEntryPoint
{
    public static int Run(Func<PipelineBuild> create, Func<PipelineBuild, Target>? defaultTarget)
    {
        var stdout = Console.Out;
        var stderr = Console.Error;
        using var cancellation = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = !cancellation.IsCancellationRequested;
            cancellation.Cancel();
        }

        Console.CancelKeyPress += OnCancel;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry variable in Environment.GetEnvironmentVariables()) // (no LINQ over a struct: each such generic is JIT-compiled at start)
        {
            environment[(string)variable.Key] = (string?)variable.Value ?? string.Empty;
        }

        var inputs = new BuildInputs(
            Environment.GetCommandLineArgs().Skip(1).ToArray(),
            environment,
            Directory.GetCurrentDirectory(),
            stdout,
            TimeProvider.System,
            IsTerminal: !Console.IsOutputRedirected,
            cancellation.Token);
        try
        {
            return BuildSession.RunAsync(create, defaultTarget, inputs, console =>
            {
                var router = new ConsoleRouter(new ConsoleSink(console));
                Console.SetOut(router);
                Console.SetError(router);
            }).GetAwaiter().GetResult();
        }
        finally
        {
            Console.Out.Flush();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Console.CancelKeyPress -= OnCancel;
        }
    }
}
