namespace Pipeline.Readiness.Checks;

/// <summary>What one evaluation has observed: each piece of shared work (a test run, a build, a migration apply, a
/// service run) is collected once per evaluation and shared by every check that reads it. A collection runs under its
/// own timeout and the evaluation's cancellation, never the first caller's, and logs under its own name; every check
/// that reads it lists the processes it ran in its evidence. A collection that fails fails the same way for every
/// reader (it is not tried again within the evaluation).</summary>
internal sealed class Observations(IProcessRunner? processes, CancellationToken evaluation) : IAsyncDisposable
{
    private static long _ids;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Collection> _collections = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = CancellationTokenSource.CreateLinkedTokenSource(evaluation);

    /// <summary>A store outside any evaluation (a check run on its own, as tests do): it runs processes with the first
    /// reader's runner, and nothing bounds a collection but its timeout.</summary>
    public static Observations Standalone() => new(null, CancellationToken.None);

    /// <summary>A key no other collector has, for work only one object's checks share.</summary>
    public static string NewKey(string name) => $"{name}#{Interlocked.Increment(ref _ids)}";

    /// <summary>The observation under <paramref name="key"/>, collecting it now if nobody has.</summary>
    public async Task<T> GetAsync<T>(CheckContext reader, string key, string name, TimeSpan timeout, Func<CheckContext, Task<T>> collect)
    {
        Collection collection;
        lock (_gate)
        {
            if (!_collections.TryGetValue(key, out collection!))
            {
                collection = _collections[key] = Start(reader, name, timeout, collect);
            }
        }

        try
        {
            return await ((Task<T>)collection.Task).WaitAsync(reader.Cancellation).ConfigureAwait(false);
        }
        finally
        {
            if (reader.Processes is RecordingProcessRunner recorder)
            {
                recorder.Include(collection.Processes.Records);
            }
        }
    }

    private Collection Start<T>(CheckContext reader, string name, TimeSpan timeout, Func<CheckContext, Task<T>> collect)
    {
        var recorder = new RecordingProcessRunner(processes ?? (reader.Processes is RecordingProcessRunner own ? own.Inner : reader.Processes));
        var limit = new CancellationTokenSource(timeout, reader.Time);
        var linked = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token, limit.Token);
        var context = reader with { Processes = recorder, Cancellation = linked.Token, LogPrefix = name };
        var task = Task.Run(async () =>
        {
            try
            {
                return await collect(context).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (limit.IsCancellationRequested && !evaluation.IsCancellationRequested)
            {
                throw new TimeoutException($"{name} did not finish within {timeout}");
            }
            finally
            {
                linked.Dispose();
                limit.Dispose();
            }
        }, CancellationToken.None);
        return new Collection(task, recorder);
    }

    /// <summary>Stops what is still running when the evaluation ends (a check that timed out leaves its collection
    /// running) and waits for it, so no process outlives the evaluation.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        Task[] running;
        lock (_gate)
        {
            running = [.. _collections.Values.Select(c => c.Task)];
        }

        try
        {
            await Task.WhenAll(running).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // each failure was already the reason of the checks that read it
        }

        _stop.Dispose();
    }

    private sealed record Collection(Task Task, RecordingProcessRunner Processes);
}
