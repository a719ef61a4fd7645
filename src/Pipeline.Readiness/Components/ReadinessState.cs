using System.Runtime.CompilerServices;
using Pipeline.CiConfiguration;
using Pipeline.IO;

namespace Pipeline.Readiness.Components;

/// <summary>What a build's readiness components share in one run (an interface holds no state): the setup, built
/// once, the last verdict and the release verdict (the last evaluation of the whole checklist). Evaluation writes
/// the reports: the whole checklist's to the report folder (clearing evidence of earlier runs), a part's to
/// <c>scoped/&lt;target&gt;/</c>, where it cannot be taken for the release report.</summary>
internal sealed class ReadinessState(IReadinessComponent build)
{
    private static readonly ConditionalWeakTable<IReadinessComponent, ReadinessState> States = new();
    private ReadinessSetup? _setup;
    private IReadOnlyList<EvidencePart>? _parts; // derived from the setup, which is built once

    public static ReadinessState Of(IReadinessComponent build) => States.GetValue(build, b => new ReadinessState(b));

    public ReadinessSetup Setup => _setup ??= CreateSetup();

    public ReadinessVerdict? Verdict { get; private set; }

    /// <summary>The verdict of the last evaluation of the whole checklist in this run: what Gate and Publish decide on.</summary>
    public ReadinessVerdict? ReleaseVerdict { get; private set; }

    public async Task<ReadinessVerdict> EvaluateAsync(ReadinessScope scope, CancellationToken cancellation, ReceivedEvidence? received = null)
    {
        using var runLock = await ReadinessRunLock.AcquireAsync(build.RootDirectory, Setup.ReportDirectory, cancellation).ConfigureAwait(false);
        var engine = new ReadinessEngine(build.RootDirectory, build.Processes, build.Secrets, build.Time);
        var reuse = (build as IReadinessGate)?.NoCache is true ? ((TimeSpan, IReadOnlyDictionary<string, string>)?)null : (Setup.EvidenceReuseLimit, build.EnvironmentVariables);
        var verdict = await engine.EvaluateAsync(Setup, scope, cancellation, received, reuse).ConfigureAwait(false);
        Verdict = verdict;
        var directory = scope.ReportFolder(build.RootDirectory, Setup.ReportDirectory);
        var written = ReportWriter.Write(verdict, directory, Setup.ProjectName ?? new DirectoryInfo(build.RootDirectory).Name,
            scope.IsWhole ? build.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY") : null);
        if (scope.IsWhole)
        {
            ReleaseVerdict = verdict;
        }

        var what = scope.IsWhole ? "the whole checklist" : $"{verdict.Items.Count} of {verdict.Coverage.ChecklistItems} items (scoped to {scope.Name}; not a release verdict)";
        Log.Information($"Reports: {written.Count} files in {Path.GetRelativePath(build.RootDirectory, directory)}/ for {what} (verdict: {(verdict.Passed ? "passed" : "refused")})");
        return verdict;
    }

    /// <summary>Evaluates the items of <typeparamref name="TModule"/> (what its component's target does), writes the
    /// scoped reports and fails when any of them blocks.</summary>
    public Task EvaluateModuleAsync<TModule>(CancellationToken cancellation)
        where TModule : ReadinessModule, new()
    {
        var module = new TModule();
        return EvaluatePartAsync(module.Target, module.Decides, cancellation);
    }

    /// <summary>Runs one partition of the tests (<c>Test --partition k/n</c>): the part holding the items of
    /// <typeparamref name="TModule"/>, as its job in a fanned-out workflow runs it (<see cref="TestPartitionRun"/>).</summary>
    public Task RunTestPartitionAsync<TModule>(string partition, CancellationToken cancellation)
        where TModule : ReadinessModule, new()
    {
        var module = new TModule();
        var part = Parts.FirstOrDefault(p => p.Items.Any(module.Decides))
            ?? throw new InvalidUsageException($"--partition {partition}: no registered check decides the items of {module.Target}, so there are no tests to partition");
        return TestPartitionRun.RunAsync(build, Setup, Parts, part, TestPartition.Parse(partition), cancellation);
    }

    /// <summary>Evaluates one category, writes the scoped reports and fails when anything in it blocks.</summary>
    public Task EvaluateCategoryAsync(ReadinessCategory category, CancellationToken cancellation) =>
        EvaluatePartAsync(category.ToString(), i => i.Category == category, cancellation);

    /// <summary>Evaluates the items <paramref name="includes"/> selects for <paramref name="target"/>, writes the
    /// scoped reports and fails when anything in them blocks.</summary>
    public async Task EvaluatePartAsync(string target, Func<ChecklistItem, bool> includes, CancellationToken cancellation)
    {
        var verdict = await EvaluateAsync(ReadinessScope.Part(target, includes), cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, target);
    }

    /// <summary>The parts a fanned-out workflow runs in parallel jobs (<see cref="EvidenceParts"/>).</summary>
    public IReadOnlyList<EvidencePart> Parts => _parts ??= EvidenceParts.Of(build, Setup);

    /// <summary>The whole checklist, decided from this run's checks, or — in the fan-in of a fanned-out workflow,
    /// when <paramref name="receivedFolder"/> is given — from the jobs' evidence there, verified first against the
    /// digests they recorded; then refuses when anything blocks.</summary>
    public async Task EvaluateWholeAsync(string? receivedFolder, string? digests, CancellationToken cancellation)
    {
        var received = receivedFolder is null ? null
            : new ReceivedEvidence(Path.GetFullPath(receivedFolder, build.RootDirectory), ReceivedEvidence.ParseDigests(digests), Parts, EvidenceParts.ConfigurationOf(Setup, Parts))
            {
                Partitions = Parts.ToDictionary(p => p.Name, p => EvidenceParts.PartitionsOf(Setup, p), StringComparer.Ordinal),
            };
        if (received is not null)
        {
            var partitioned = Parts.Where(p => received.Partitions[p.Name] > 1).Select(p => p.Name).ToList();
            Log.Information($"Deciding from the evidence of {Parts.Sum(p => received.Partitions[p.Name])} job(s) in {Path.GetRelativePath(build.RootDirectory, received.Folder)}/ "
                + (partitioned.Count == 0 ? "(no check runs here)" : $"(no check runs here but those of {string.Join(", ", partitioned)}, which judge the merged results of the test partitions)"));
        }

        ReleaseRefusal.ThrowIfBlocked(await EvaluateAsync(ReadinessScope.Whole, cancellation, received).ConfigureAwait(false), "Release");
    }

    /// <summary>Evaluates one part (one job of a fanned-out workflow), writes its scoped reports and its
    /// <see cref="PartEvidenceJson.FileName"/> for the fan-in, records the digest as the job's output (GitHub's
    /// <c>GITHUB_OUTPUT</c>, Azure's output variable, GitLab's dotenv report) and fails when anything in it blocks.</summary>
    public async Task EvaluateEvidencePartAsync(string name, string? partition, CancellationToken cancellation)
    {
        var parts = Parts;
        var part = EvidenceParts.Find(parts, name);
        if (partition is not null)
        {
            await TestPartitionRun.RunAsync(build, Setup, parts, part, TestPartition.Parse(partition), cancellation).ConfigureAwait(false);
            return;
        }

        var verdict = await EvaluateAsync(ReadinessScope.Part(part.Name, i => part.Items.Contains(i)), cancellation).ConfigureAwait(false);
        var (text, digest) = PartEvidenceJson.Render(new PartEvidence(
            part.Name, verdict.Commit, verdict.Coverage.TreeClean, verdict.Coverage.DirtyPaths, verdict.Coverage.ChecklistVersion,
            EvidenceParts.ConfigurationOf(Setup, parts), verdict.Items.ToDictionary(i => i.Item.Id, i => i.Checks)));
        var path = Path.Combine(ReadinessScope.Part(part.Name, _ => true).ReportFolder(build.RootDirectory, Setup.ReportDirectory), PartEvidenceJson.FileName);
        AtomicFile.WriteAllText(path, text);
        Log.Information($"Evidence of part {part.Name}: {Path.GetRelativePath(build.RootDirectory, path)} (digest {digest})");
        var job = new ReadinessFanOut().Plan((PipelineBuild)build).Jobs.Single(j => j.Part == part.Name);
        if (JobOutput.RecordDigest(build.EnvironmentVariables, build.RootDirectory, job, digest) is { } where)
        {
            Log.Information($"Digest recorded as the job's output ({where})");
        }

        ReleaseRefusal.ThrowIfBlocked(verdict, part.Name);
    }

    /// <summary>The build's own configuration first, then each component's module.</summary>
    private ReadinessSetup CreateSetup()
    {
        var setup = new ReadinessSetup();
        build.ConfigureReadiness(setup);
        ReadinessModules.Register(build, setup);
        if (build is IReadinessGate { ConcurrentChecks: { } concurrent })
        {
            setup.ConcurrentChecks = concurrent >= 1 ? concurrent : throw new InvalidUsageException($"--concurrent-checks {concurrent}: give at least 1 (1 runs the checks one after another)");
        }

        return setup;
    }
}
