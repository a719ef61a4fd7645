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
    /// <summary>What the fan-in decides from: outcomes by item, the problems, the parts' tree state, and what came from where.</summary>
    public sealed record Collected(
        IReadOnlyDictionary<string, IReadOnlyList<CheckOutcome>> Outcomes, IReadOnlyList<GovernanceProblem> Problems,
        bool TreeClean, IReadOnlyList<string> DirtyPaths, IReadOnlyList<string> Sources);

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
        foreach (var part in parts)
        {
            var job = new FanOutJob(part.Name, string.Empty, string.Empty, string.Empty).Id;
            var pieces = read.Where(r => r.Evidence.Part == part.Name).ToList();
            var refusal = pieces switch
            {
                [] => $"no evidence from job {job} (part {part.Name}): no {PartEvidenceJson.FileName} for it in {Relative(folder)}/; the job did not run, failed before writing it, or its artifact was not downloaded",
                [var one] => Refusal(job, one.File, one.Evidence, one.ContentDigest, part, commit, checklistVersion),
                _ => $"evidence of part {part.Name} came {pieces.Count} times ({string.Join(", ", pieces.Select(p => p.File))}); each job's evidence must come exactly once",
            };
            if (refusal is not null)
            {
                foreach (var item in part.Items)
                {
                    outcomes[item.Id] = [new CheckOutcome(CheckName, CheckResult.Error(refusal), now, TimeSpan.Zero)];
                }

                continue;
            }

            var (file, evidence, _) = pieces[0];
            foreach (var item in part.Items)
            {
                outcomes[item.Id] = evidence.Outcomes[item.Id];
            }

            dirty.AddRange(evidence.TreeClean ? [] : evidence.DirtyPaths.Select(p => $"{p} (job {job})"));
            sources.Add($"{part.Name}: {file} ({evidence.Digest})");
        }

        return new Collected(outcomes, problems, dirty.Count == 0, dirty, sources);
    }

    /// <summary>Why one part's evidence does not count, or null when it does.</summary>
    private string? Refusal(string job, string file, PartEvidence evidence, string content, EvidencePart part, string commit, string checklistVersion)
    {
        if (evidence.Digest != content)
        {
            return $"evidence of job {job} was altered after it was written: {file} records digest {evidence.Digest}, but its content has {content}";
        }

        if (!digests.TryGetValue(part.Name, out var recorded) || recorded.Length == 0)
        {
            return $"job {job} recorded no digest for part {part.Name} (the fan-in needs it in --evidence-digests, from the job's output), so its evidence cannot be verified";
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

        var expected = part.Items.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
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
