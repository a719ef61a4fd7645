using System.Collections.Concurrent;

namespace Pipeline.Readiness;

/// <summary>One evaluation at a time per root: the targets of one build take turns (an in-process semaphore), and a
/// second build on the same root is refused at once by an operating-system lock on <c>&lt;report folder&gt;/.lock</c>
/// (released when the process ends, however it ends), because both would share the work folders of the checks.</summary>
internal sealed class ReadinessRunLock : IDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> InProcess = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _turn;
    private readonly FileStream _file;

    private ReadinessRunLock(SemaphoreSlim turn, FileStream file) => (_turn, _file) = (turn, file);

    public static async Task<ReadinessRunLock> AcquireAsync(string root, string reportDirectory, CancellationToken cancellation)
    {
        var path = Path.GetFullPath(Path.Combine(root, reportDirectory, ".lock"));
        var turn = InProcess.GetOrAdd(path, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new ReadinessRunLock(turn, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException exception)
        {
            turn.Release();
            throw new InvalidOperationException(
                $"Another run is evaluating readiness in {root} (it holds {Path.GetRelativePath(root, path)}): wait until it ends, or run in a separate clone. Two runs on one root would share the checks' work folders and report each other's results.",
                exception);
        }
    }

    public void Dispose()
    {
        _file.Dispose();
        _turn.Release();
    }
}
