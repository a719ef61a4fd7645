namespace Pipeline.Execution;

/// <summary>How targets are scheduled: one at a time in plan order, or independent targets concurrently.</summary>
internal sealed record ExecutorOptions(bool Parallel, int MaxDegreeOfParallelism)
{
    public static ExecutorOptions Sequential { get; } = new(false, 1);

    public static ExecutorOptions ParallelFor(int processors) => new(true, Math.Max(1, processors));
}
