namespace Pipeline.Readiness;

/// <summary>Runs an evaluation's checks concurrently, up to a limit: a check starts as soon as a slot is free and no
/// running check holds a resource it holds (<see cref="ReadinessCheck.Resources"/> and those of the shared work it
/// reads); a check that declares none runs alone. What a check logs is kept and written in one piece when it ends,
/// so lines of checks that ran at once never interleave. With a limit of 1 the checks run one after another in
/// registration order and their lines stream as before.</summary>
internal sealed class CheckScheduler(int limit)
{
    /// <summary>One check to run: what it holds (null: everything) and the work.</summary>
    public sealed record Work<T>(IReadOnlySet<string>? Resources, Func<Task<T>> Run);

    /// <summary>What <paramref name="check"/> holds while it runs: its own resources and those of the shared work it
    /// reads, or null (it runs alone) when it does not say.</summary>
    public static IReadOnlySet<string>? ResourcesOf(ReadinessCheck check)
    {
        var work = SharedWork.Of(check);
        return check.Resources is { } own && work.All(w => w.Resources is not null)
            ? new HashSet<string>([.. own, .. work.SelectMany(w => w.Resources!)], StringComparer.Ordinal)
            : null;
    }

    /// <summary>Runs every piece of <paramref name="work"/> and returns the results in its order;
    /// <paramref name="finished"/> sees each result, in the scheduler's flow, as soon as it is there.</summary>
    public async Task<IReadOnlyList<T>> RunAsync<T>(IReadOnlyList<Work<T>> work, Action<int, T> finished)
    {
        var results = new T[work.Count];
        if (limit == 1 || work.Count <= 1)
        {
            for (var index = 0; index < work.Count; index++)
            {
                finished(index, results[index] = await work[index].Run().ConfigureAwait(false));
            }

            return results;
        }

        var pending = Enumerable.Range(0, work.Count).ToList();
        var running = new Dictionary<Task<(T Result, IReadOnlyList<(LogLevel Level, string Text)> Lines)>, int>();
        var held = new HashSet<string>(StringComparer.Ordinal);
        var alone = false;
        while (pending.Count > 0 || running.Count > 0)
        {
            foreach (var index in pending.ToList())
            {
                if (running.Count >= limit || alone)
                {
                    break;
                }

                var resources = work[index].Resources;
                if (resources is null ? running.Count > 0 : resources.Overlaps(held))
                {
                    continue; // a later check may start meanwhile; this one starts when what it needs is free
                }

                alone = resources is null;
                if (resources is not null)
                {
                    held.UnionWith(resources);
                }

                pending.Remove(index);
                running.Add(Buffered(work[index].Run), index);
            }

            var done = await Task.WhenAny(running.Keys).ConfigureAwait(false);
            var finishedIndex = running[done];
            running.Remove(done);
            alone = false;
            if (work[finishedIndex].Resources is { } released)
            {
                held.ExceptWith(released);
            }

            var (result, lines) = await done.ConfigureAwait(false);
            foreach (var (level, text) in lines)
            {
                Log.Write(level, text);
            }

            finished(finishedIndex, results[finishedIndex] = result);
        }

        return results;
    }

    /// <summary>Runs <paramref name="run"/> with its log lines kept rather than written.</summary>
    private static Task<(T Result, IReadOnlyList<(LogLevel Level, string Text)> Lines)> Buffered<T>(Func<Task<T>> run) => Task.Run(async () =>
    {
        var kept = new KeptLines();
        using (Log.Use(kept))
        {
            var result = await run().ConfigureAwait(false);
            return (result, kept.Lines);
        }
    });

    private sealed class KeptLines : Output.ILogSink
    {
        private readonly List<(LogLevel Level, string Text)> _lines = [];

        public IReadOnlyList<(LogLevel Level, string Text)> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public void Write(LogLevel level, string text)
        {
            lock (_lines)
            {
                _lines.Add((level, text));
            }
        }
    }
}
