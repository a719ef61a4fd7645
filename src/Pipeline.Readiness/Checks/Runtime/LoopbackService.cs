using System.Net;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Starts a service on a free loopback port (<c>{port}</c> in its command and environment), waits until
/// its ready path answers 200, runs the work against it and always stops it, even when the work fails.</summary>
internal static class LoopbackService
{
    public static async Task<T> RunAsync<T>(CheckContext context, IReadOnlyList<string> command, IReadOnlyDictionary<string, string> environment,
        string readyPath, TimeSpan startTimeout, Func<HttpClient, Uri, Task<T>> work, Action<string>? outputLine = null)
    {
        var port = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        string Port(string text) => text.Replace("{port}", port, StringComparison.Ordinal);
        var baseUri = new Uri($"http://127.0.0.1:{port}/");
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.Cancellation);
        var service = context.Processes.RunAsync(new ProcessSpec(Port(command[0]), [.. command.Skip(1).Select(Port)])
        {
            WorkingDirectory = context.Root,
            Environment = environment.ToDictionary(e => e.Key, e => (string?)Port(e.Value)),
            CheckExitCode = false,
            LogOutput = false,
            OutputLine = outputLine,
        }, stop.Token);
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        try
        {
            await WaitReadyAsync(client, new Uri(baseUri, readyPath), startTimeout, service, context).ConfigureAwait(false);
            return await work(client, baseUri).ConfigureAwait(false);
        }
        finally
        {
            await stop.CancelAsync().ConfigureAwait(false);
            try
            {
                await service.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // stopped as intended
            }
        }
    }

    private static async Task WaitReadyAsync(HttpClient client, Uri ready, TimeSpan timeout, Task<ProcessResult> service, CheckContext context)
    {
        var deadline = context.Time.GetUtcNow() + timeout;
        while (context.Time.GetUtcNow() < deadline)
        {
            if (service.IsCompleted)
            {
                var result = await service.ConfigureAwait(false);
                throw new InvalidOperationException($"the service exited with code {result.ExitCode} before it was ready: {string.Join(" ", (result.StandardError + result.StandardOutput).Trim().Split('\n').TakeLast(2))}");
            }

            try
            {
                using var response = await client.GetAsync(ready, context.Cancellation).ConfigureAwait(false);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(250, context.Cancellation).ConfigureAwait(false);
        }

        throw new TimeoutException($"the service did not answer {ready.AbsolutePath} with 200 within {timeout.TotalSeconds:0} s");
    }
}
