namespace Pipeline.Readiness.Checks.Code;

/// <summary>The fan-in's view of a partitioned test suite: every partition's <see cref="PartitionRun"/> (verified by
/// <see cref="ReceivedEvidence"/> first: all partitions present, for this commit, files unaltered, slices that add up
/// to the suite) from which a test run reads merged results instead of running the tests. Result files name paths
/// in the runner's clone (coverlet writes them without the leading <c>/</c>); they are copied into this run's work folder with that root replaced by this one, so that
/// coverage of one source line from two partitions counts once and failures point at this tree's files.</summary>
internal sealed class ReceivedTestPartitions(IReadOnlyList<(TestPartition Partition, string Folder, PartitionRun Run)> partitions)
{
    /// <summary>The partitions, in order.</summary>
    public IReadOnlyList<(TestPartition Partition, string Folder, PartitionRun Run)> Partitions => partitions;

    /// <summary>Whether the test run with <paramref name="key"/> was partitioned.</summary>
    public bool Has(string key) => partitions.Any(p => p.Run.Key == key);

    /// <summary>Why the run <paramref name="run"/> of <paramref name="key"/> could not happen in some partition, or null.</summary>
    public string? NotRun(string key, string run) => partitions
        .Where(p => p.Run.Key == key && p.Run.NotRun.ContainsKey(run))
        .Select(p => $"partition {p.Partition}: {p.Run.NotRun[run]}")
        .FirstOrDefault();

    /// <summary>The result files of the run <paramref name="run"/> of <paramref name="key"/> of every partition, of
    /// <paramref name="kind"/>, as copies under this run's work folder with the partitions' roots replaced by this one.</summary>
    public IReadOnlyList<string> Files(CheckContext context, string key, string run, string kind)
    {
        var copies = new List<string>();
        foreach (var (partition, folder, received) in partitions.Where(p => p.Run.Key == key))
        {
            foreach (var file in received.Files.Where(f => f.Run == run && f.Kind == kind))
            {
                var copy = context.Artifact("work", "partitions", partition.Label, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                var text = File.ReadAllText(Path.Combine(folder, file.Path));
                File.WriteAllText(copy, Rebase(text, received.Root, context.Root));
                copies.Add(copy);
            }
        }

        return copies;
    }

    /// <summary><paramref name="text"/> with the root <paramref name="from"/> replaced by <paramref name="to"/>, also
    /// where it is written without its leading separator (coverlet's <c>filename</c> under a <c>source</c> of <c>/</c>).</summary>
    internal static string Rebase(string text, string from, string to)
    {
        var (bareFrom, bareTo) = (from.TrimStart('/'), to.TrimStart('/'));
        return bareFrom.Length == 0 ? text : text.Replace(from, to, StringComparison.Ordinal).Replace(bareFrom, bareTo, StringComparison.Ordinal);
    }

    /// <summary>The units the partitions ran, for the evidence.</summary>
    public string Describe(string key) => string.Join("; ", partitions.Where(p => p.Run.Key == key)
        .Select(p => $"{p.Partition}: {p.Run.RanText}"));
}
