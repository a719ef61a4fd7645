namespace Pipeline.Readiness;

/// <summary>Runs each keyed piece of work once and shares its task among the checks that need it; a failed or
/// cancelled run is tried again by the next caller.</summary>
internal sealed class TaskMemo
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task> _tasks = [];

    public Task<T> Get<T>(string key, Func<Task<T>> run)
    {
        lock (_gate)
        {
            if (!_tasks.TryGetValue(key, out var task) || task.IsFaulted || task.IsCanceled)
            {
                _tasks[key] = task = run();
            }

            return (Task<T>)task;
        }
    }
}
