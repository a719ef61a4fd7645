using Pipeline.CiConfiguration;

namespace Pipeline.Readiness;

/// <summary>The fan-in's side of a fanned-out workflow: reads the evidence the jobs wrote (every
/// <see cref="PartEvidenceJson.FileName"/> under the folder their artifacts were downloaded into) and verifies the
/// set before anything is decided from it. Each part of this build must come exactly once, unaltered (its content
/// matches the digest written at the source, and the digest the job recorded through the CI), for this commit,
/// checklist and configuration. A part that does not hold is an Error on each of its items naming the job it should
/// have come from; evidence for a part this build does not have is a blocking problem.</summary>
/// <param name="folder">The folder the jobs' artifacts are in (absolute).</param>
/// <param name="digests">The digest each job recorded, by part name (<see cref="ParseDigests"/>).</param>
/// <param name="parts">This build's parts.</param>
/// <param name="configuration">This build's configuration (<see cref="EvidenceParts.ConfigurationOf"/>).</param>
internal sealed class ReceivedEvidence(string folder, IReadOnlyDictionary<string, string> digests, IReadOnlyList<EvidencePart> parts, string configuration)
{
    /// <summary>What the fan-in decides from: outcomes by item, the problems, the parts' tree state, and what came from
    /// where; and the items of partitioned parts whose partitions all hold, which the fan-in's own checks judge from
    /// the partitions' merged results (<see cref="TestPartitions"/>).</summary>
    public sealed record Collected(
        IReadOnlyDictionary<string, IReadOnlyList<CheckOutcome>> Outcomes, IReadOnlyList<GovernanceProblem> Problems,
        bool TreeClean, IReadOnlyList<string> DirtyPaths, IReadOnlyList<string> Sources)
    {
        /// <summary>The items the fan-in's checks judge here.</summary>
        public IReadOnlyList<ChecklistItem> JudgedHere { get; init; } = [];

        /// <summary>The verified partitions those checks' test runs read.</summary>
        public ReceivedTestPartitions? TestPartitions { get; init; }
    }

    /// <summary>How many jobs run each part (more than 1: partitions of its tests); a part not named runs in one.</summary>
    public IReadOnlyDictionary<string, int> Partitions { get; init; } = new Dictionary<string, int>();

    /// <summary>The check name an outcome the fan-in makes (for a part that does not hold) carries.</summary>
    public const string CheckName = "fan-in";

    public string Folder => folder;

    /// <summary>Reads and verifies the jobs' evidence for this build's parts.</summary>
    public Collected Collect(string root, string commit, string checklistVersion, DateTimeOffset now)
    {
        string Relative(string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, PartEvidenceJson.FileName, SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList() : [];
        var problems = new List<GovernanceProblem>();
        var read = new List<(string File, PartEvidence Evidence, string ContentDigest)>();
        foreach (var file in files)
        {
            try
            {
                var (evidence, content) = PartEvidenceJson.Read(File.ReadAllText(file));
                read.Add((Relative(file), evidence, content));
            }
            catch (Exception exception) when (exception is FormatException or IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                problems.Add(new GovernanceProblem(Relative(file), 0, null, $"received evidence is not readable: {exception.Message}"));
            }
        }

        foreach (var foreign in read.Where(r => !parts.Any(p => p.Name == r.Evidence.Part)))
        {
            problems.Add(new GovernanceProblem(foreign.File, 0, "part", $"received evidence for part '{foreign.Evidence.Part}', which this build does not have (its parts: {string.Join(", ", parts.Select(p => p.Name))}); it is not from this workflow"));
        }

        var outcomes = new Dictionary<string, IReadOnlyList<CheckOutcome>>();
        var dirty = new List<string>();
        var sources = new List<string>();
        var judged = new List<ChecklistItem>();
        var partitions = new List<(TestPartition, string, PartitionRun)>();
        foreach (var part in parts)
        {
            var pieces = read.Where(r => r.Evidence.Part == part.Name).ToList();
            var count = Partitions.GetValueOrDefault(part.Name, 1);
            var jobs = count == 1 ? [(Partition: (TestPartition?)null, Name: part.Name)]
                : Enumerable.Range(1, count).Select(k => (Partition: (TestPartition?)new TestPartition(k, count), Name: new TestPartition(k, count).JobPart(part.Name))).ToList();
            var refusal = pieces.Where(p => p.Evidence.Partition != jobs[0].Partition && p.Evidence.Partition?.Count != count).ToList() is [var stray, ..]
                ? $"evidence of part {part.Name} in {stray.File} is {(stray.Evidence.Partition is { } other ? $"partition {other}" : "whole")}, but this build runs the part {(count == 1 ? "whole" : $"in {count} partitions")}; it is not from this workflow"
                : null;
            var accepted = new List<(string File, PartEvidence Evidence)>();
            foreach (var (partition, name) in jobs)
            {
                var job = new FanOutJob(name, string.Empty, string.Empty, string.Empty).Id;
                var these = pieces.Where(p => p.Evidence.Partition == partition).ToList();
                refusal ??= these switch
                {
                    [] => $"no evidence from job {job} ({(partition is null ? string.Empty : $"partition {partition} of ")}part {part.Name}): no {PartEvidenceJson.FileName} for it in {Relative(folder)}/; the job did not run, failed before writing it, or its artifact was not downloaded",
                    [var one] => Refusal(job, name, one.File, one.Evidence, one.ContentDigest, partition is null ? part.Items.Select(i => i.Id) : [], commit, checklistVersion)
                        ?? (partition is null ? null : FilesRefusal(job, Path.Combine(root, one.File), one.Evidence)),
                    _ => $"evidence of {(partition is null ? string.Empty : $"partition {partition} of ")}part {part.Name} came {these.Count} times ({string.Join(", ", these.Select(p => p.File))}); each job's evidence must come exactly once",
                };
                if (these.Count == 1)
                {
                    accepted.Add((these[0].File, these[0].Evidence));
                }
            }

            refusal ??= count == 1 ? null : SlicesRefusal(part, accepted);
            if (refusal is not null)
            {
                foreach (var item in part.Items)
                {
                    outcomes[item.Id] = [new CheckOutcome(CheckName, CheckResult.Error(refusal), now, TimeSpan.Zero)];
                }

                continue;
            }

            foreach (var (file, evidence) in accepted)
            {
                dirty.AddRange(evidence.TreeClean ? [] : evidence.DirtyPaths.Select(p => $"{p} (job {new FanOutJob(evidence.Partition?.JobPart(part.Name) ?? part.Name, string.Empty, string.Empty, string.Empty).Id})"));
                sources.Add($"{evidence.Partition?.JobPart(part.Name) ?? part.Name}: {file} ({evidence.Digest})");
                partitions.AddRange(evidence.TestRuns.Select(r => (evidence.Partition!, Path.GetDirectoryName(Path.Combine(root, file))!, r)));
            }

            if (count == 1)
            {
                foreach (var item in part.Items)
                {
                    outcomes[item.Id] = accepted[0].Evidence.Outcomes[item.Id];
                }
            }
            else
            {
                judged.AddRange(part.Items);
            }
        }

        return new Collected(outcomes, problems, dirty.Count == 0, dirty, sources)
        {
            JudgedHere = judged,
            TestPartitions = partitions.Count == 0 ? null : new ReceivedTestPartitions(partitions),
        };
    }

    /// <summary>Why a partition's result files do not count (one missing, outside its folder, or altered), or null.</summary>
    private static string? FilesRefusal(string job, string evidenceFile, PartEvidence evidence)
    {
        var folder = Path.GetDirectoryName(evidenceFile)!;
        foreach (var file in evidence.TestRuns.SelectMany(r => r.Files))
        {
            var path = Path.GetFullPath(Path.Combine(folder, file.Path));
            if (!path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"evidence of job {job} names a result file outside its folder ({file.Path})";
            }

            if (!File.Exists(path))
            {
                return $"the result file {file.Path} of job {job} is missing from its artifact";
            }

            if (PartitionFiles.Sha256Of(path) is var actual && actual != file.Sha256)
            {
                return $"the result file {file.Path} of job {job} was altered after it was written: the evidence records {file.Sha256}, but its content has {actual}";
            }
        }

        return null;
    }

    /// <summary>Why the partitions of <paramref name="part"/> do not add up to its suite (they saw different units, or
    /// one ran another slice than its own), or null.</summary>
    private static string? SlicesRefusal(EvidencePart part, List<(string File, PartEvidence Evidence)> partitions)
    {
        var keys = partitions.Select(p => string.Join(", ", p.Evidence.TestRuns.Select(r => r.Key).Order(StringComparer.Ordinal))).Distinct(StringComparer.Ordinal).ToList();
        if (keys.Count > 1)
        {
            return $"the partitions of part {part.Name} ran different test runs ({string.Join(" / ", keys)})";
        }

        foreach (var key in partitions[0].Evidence.TestRuns.Select(r => r.Key))
        {
            var runs = partitions.Select(p => (p.Evidence.Partition!, Run: p.Evidence.TestRuns.Single(r => r.Key == key))).ToList();
            if (runs.Select(r => string.Join("\n", r.Run.Units)).Distinct(StringComparer.Ordinal).Count() > 1)
            {
                return $"the partitions of part {part.Name} saw different suites for {key} ({string.Join("; ", runs.Select(r => $"{r.Item1}: {r.Run.Units.Count} units"))}); they did not run the same tree";
            }

            if (runs.FirstOrDefault(r => r.Run.Rest && r.Item1.Index != r.Item1.Count) is { Run: not null } early)
            {
                return $"partition {early.Item1} of part {part.Name} ran the rest of {key} (every test outside the other partitions' units), which only the last partition does";
            }

            if (runs.FirstOrDefault(r => !r.Item1.Slice(r.Run.Units).SequenceEqual(r.Run.Ran, StringComparer.Ordinal)) is { Run: { } wrong } bad)
            {
                return $"partition {bad.Item1} of part {part.Name} ran {string.Join(", ", wrong.Ran.DefaultIfEmpty("nothing"))} of {key} instead of its slice {string.Join(", ", bad.Item1.Slice(wrong.Units).DefaultIfEmpty("nothing"))}";
            }
        }

        return null;
    }

    /// <summary>Why one part's evidence does not count, or null when it does.</summary>
    private string? Refusal(string job, string name, string file, PartEvidence evidence, string content, IEnumerable<string> items, string commit, string checklistVersion)
    {
        if (evidence.Digest != content)
        {
            return $"evidence of job {job} was altered after it was written: {file} records digest {evidence.Digest}, but its content has {content}";
        }

        if (!digests.TryGetValue(name, out var recorded) || recorded.Length == 0)
        {
            return $"job {job} recorded no digest for part {name} (the fan-in needs it in --evidence-digests, from the job's output), so its evidence cannot be verified";
        }

        if (!string.Equals(recorded, evidence.Digest, StringComparison.Ordinal))
        {
            return $"evidence of job {job} is not what the job recorded: it recorded {recorded}, but {file} has {evidence.Digest}";
        }

        if (!string.Equals(evidence.Commit, commit, StringComparison.OrdinalIgnoreCase) || commit == CommitReader.Unknown)
        {
            return $"evidence of job {job} is for commit {evidence.Commit}, but this is {commit}";
        }

        if (evidence.ChecklistVersion != checklistVersion || evidence.Configuration != configuration)
        {
            return $"evidence of job {job} was made by another configuration of the build ({(evidence.ChecklistVersion != checklistVersion ? "another checklist" : "other parts or checks")})";
        }

        var expected = items.ToHashSet(StringComparer.Ordinal);
        return expected.SetEquals(evidence.Outcomes.Keys)
            ? null
            : $"evidence of job {job} covers {string.Join(", ", evidence.Outcomes.Keys.Order(StringComparer.Ordinal))} instead of {string.Join(", ", expected.Order(StringComparer.Ordinal))}";
    }

    /// <summary>Reads <c>part=digest</c> pairs separated by <c>;</c>, commas or white space (what the generated
    /// workflow passes from the jobs' outputs); an empty digest (a job that recorded none) stays empty.</summary>
    /// <exception cref="InvalidOperationException">An entry has no <c>=</c>.</exception>
    public static IReadOnlyDictionary<string, string> ParseDigests(string? text)
    {
        var digests = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (text ?? string.Empty).Split([';', ',', ' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new InvalidOperationException($"--evidence-digests: '{entry}' is not part=digest (e.g. Lint=sha256:…)");
            }

            digests[entry[..equals]] = entry[(equals + 1)..];
        }

        return digests;
    }
}
