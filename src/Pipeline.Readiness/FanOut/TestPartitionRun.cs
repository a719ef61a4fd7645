using Pipeline.CiConfiguration;
using Pipeline.IO;

namespace Pipeline.Readiness;

/// <summary>One job of a workflow that partitions the tests (<c>Evidence --evidence-part P --partition k/n</c>, or
/// <c>Test --partition k/n</c> on a developer's machine): runs slice k of n of every test run the part's checks read,
/// keeps the result files in the part's partition folder (<c>scoped/P-kofn/</c>) with a
/// <see cref="PartEvidenceJson.FileName"/> naming each with its digest (and the digest of the whole recorded as the
/// job's output), and fails when a test of the slice failed or a run could not happen. It decides no item: a slice's
/// coverage or count says nothing of the suite's, so the fan-in judges the merged results of all partitions.</summary>
internal static class TestPartitionRun
{
    public static async Task RunAsync(IReadinessComponent build, ReadinessSetup setup, IReadOnlyList<EvidencePart> parts, EvidencePart part, TestPartition partition, CancellationToken cancellation)
    {
        var runs = EvidenceParts.TestRunsOf(setup, part);
        if (runs.Count == 0)
        {
            throw new InvalidUsageException($"--partition {partition}: part {part.Name} runs no tests, so it cannot be partitioned (the parts that do: {string.Join(", ", parts.Where(p => EvidenceParts.TestRunsOf(setup, p).Count > 0).Select(p => p.Name).DefaultIfEmpty("none"))})");
        }

        var root = build.RootDirectory;
        using var runLock = await ReadinessRunLock.AcquireAsync(root, setup.ReportDirectory, cancellation).ConfigureAwait(false);
        var commit = await CommitReader.ReadAsync(build.Processes, root, cancellation).ConfigureAwait(false);
        var (clean, dirty) = await WorkingTree.ReadAsync(build.Processes, root, setup.ReportDirectory, cancellation).ConfigureAwait(false);
        var name = partition.JobPart(part.Name);
        var folder = ReadinessScope.Part(name, _ => true).ReportFolder(root, setup.ReportDirectory);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var kept = new List<PartitionRun>();
        foreach (var run in runs)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeout.CancelAfter(CodeTestChecks.ReaderTimeout(run.Options));
            var context = new Checks.CheckContext(part.Items[0], root, commit, build.Processes, build.Time, timeout.Token)
            {
                ReportDirectory = setup.ReportDirectory,
                LogPrefix = $"{run.Stack} tests, partition {partition}",
            };
            Log.Information($"{part.Name}: running partition {partition} of the {run.Stack} tests");
            var result = await run.RunPartitionAsync(context, partition, folder).ConfigureAwait(false);
            cancellation.ThrowIfCancellationRequested();
            Log.Write(result.Blocks ? LogLevel.Warning : LogLevel.Information, $"{part.Name} partition {partition} ({run.Stack}): {result.Summary}");
            foreach (var (what, why) in result.NotRun)
            {
                Log.Warning($"{part.Name} partition {partition} ({run.Stack}): the {what} run could not happen: {why}");
            }

            kept.Add(result);
        }

        var (text, digest) = PartEvidenceJson.Render(new PartEvidence(
            part.Name, commit, clean, dirty, VerdictCoverage.VersionOf(setup.Checklist.Entries.Select(i => i.Id)), EvidenceParts.ConfigurationOf(setup, parts),
            new Dictionary<string, IReadOnlyList<Checks.CheckOutcome>>())
        {
            Partition = partition,
            TestRuns = kept,
        });
        var path = Path.Combine(folder, PartEvidenceJson.FileName);
        AtomicFile.WriteAllText(path, text);
        Log.Information($"Evidence of partition {partition} of part {part.Name}: {Path.GetRelativePath(root, path)} (digest {digest}); the fan-in judges the merged results");
        if (new ReadinessFanOut().Plan((PipelineBuild)build).Jobs.FirstOrDefault(j => j.Part == name) is { } job
            && JobOutput.RecordDigest(build.EnvironmentVariables, root, job, digest) is { } where)
        {
            Log.Information($"Digest recorded as the job's output ({where})");
        }

        if (kept.Any(r => r.Blocks))
        {
            throw new InvalidOperationException($"partition {partition} of {part.Name}: {string.Join("; ", kept.Where(r => r.Blocks).Select(r => r.Summary))}");
        }
    }
}
