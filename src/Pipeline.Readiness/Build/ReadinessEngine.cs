namespace Pipeline.Readiness;

/// <summary>Evaluates the gate: reads the commit and governance files, runs the registered checks of the items in
/// scope (every check runs, whatever the others found) — or, in the fan-in of a fanned-out workflow, takes their
/// outcomes from the jobs' verified evidence, and judges a partitioned test suite from its partitions' merged
/// results — and decides every item.</summary>
internal sealed class ReadinessEngine(string root, IProcessRunner processes, SecretMasker masker, TimeProvider time)
{
    /// <summary>Evaluates the items <paramref name="evaluated"/> covers: from this run's checks, or from
    /// <paramref name="received"/> evidence (the fan-in), reusing unchanged passing outcomes as <paramref name="reuse"/>
    /// allows (its age limit and environment; null runs every check).</summary>
    public async Task<ReadinessVerdict> EvaluateAsync(
        ReadinessSetup setup, ReadinessScope evaluated, CancellationToken cancellation, ReceivedEvidence? received = null, (TimeSpan Limit, IReadOnlyDictionary<string, string> Environment)? reuse = null)
    {
        var commit = await CommitReader.ReadAsync(processes, root, cancellation).ConfigureAwait(false);
        var (clean, dirty) = await WorkingTree.ReadAsync(processes, root, setup.ReportDirectory, cancellation).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var governance = GovernanceReader.Read(root, DateOnly.FromDateTime(now.UtcDateTime), setup.Checklist.Entries.Select(i => i.Id).ToHashSet());
        var scope = setup.Checklist.Entries.Where(evaluated.Includes).ToList();
        var checklistVersion = VerdictCoverage.VersionOf(setup.Checklist.Entries.Select(i => i.Id));
        var collected = received?.Collect(root, commit, checklistVersion, now);
        var cache = received is null && reuse is { } settings
            ? await EvidenceCache.OpenAsync(root, processes, commit, clean, settings.Limit, settings.Environment, cancellation).ConfigureAwait(false)
            : null;
        var outcomes = collected?.Outcomes ?? await RunChecksAsync(setup, scope, commit, cache, cancellation).ConfigureAwait(false);
        if (collected is { JudgedHere.Count: > 0 })
        {
            // The test partitions' merged results are judged here, by the part's own checks (never reused: cache null).
            var judged = await RunChecksAsync(setup, [.. scope.Where(collected.JudgedHere.Contains)], commit, null, cancellation, collected.TestPartitions).ConfigureAwait(false);
            outcomes = new Dictionary<string, IReadOnlyList<CheckOutcome>>(outcomes.Concat(judged), StringComparer.Ordinal);
        }

        foreach (var source in collected?.Sources ?? [])
        {
            Log.Information($"Received evidence of {source}");
        }

        cancellation.ThrowIfCancellationRequested(); // a cancelled run writes no verdict: its checks did not finish
        var (signOffCounts, signOffProblems) = await SignOffCommits.ResolveAsync(processes, root, commit, governance.SignOffs, cancellation).ConfigureAwait(false);
        governance = governance with { Problems = [.. governance.Problems, .. signOffProblems, .. collected?.Problems ?? []] };
        if (collected is { TreeClean: false })
        {
            (clean, dirty) = (false, [.. dirty, .. collected.DirtyPaths]);
        }

        var verdict = GateDecider.Decide(setup.Checklist, scope, outcomes, governance, commit, time.GetUtcNow(), signOffCounts) with
        {
            Coverage = new VerdictCoverage(evaluated.Name, setup.Checklist.Entries.Count, checklistVersion, clean, dirty),
            ReceivedFrom = collected?.Sources ?? [],
        };
        if (!clean && evaluated.IsWhole)
        {
            Log.Warning($"The working tree has changes git sees ({string.Join(", ", dirty)}): the verdict is recorded as made on a dirty tree, which no release accepts.");
        }

        foreach (var item in verdict.Items.Where(i => i.Item.Gates))
        {
            Log.Write(item.Status.Blocks() ? LogLevel.Warning : LogLevel.Information, $"{item.Item.Id}: {item.Status} — {item.Reason}");
        }

        foreach (var waiver in evaluated.IsWhole ? verdict.UnusedWaivers : []) // a part's evaluation cannot tell: the waiver may be for an item outside it
        {
            Log.Warning($"{waiver.File}({waiver.Line}): the waiver for {waiver.Target} was not needed; remove it.");
        }

        return verdict;
    }

    /// <summary>Runs every registered check of the items in scope, concurrently as <see cref="CheckScheduler"/> allows,
    /// sharing one set of observations; a check whose inputs are unchanged since it passed is reused from
    /// <paramref name="cache"/> instead. Each item's outcomes are in registration order, however the checks ran.</summary>
    private async Task<Dictionary<string, IReadOnlyList<CheckOutcome>>> RunChecksAsync(
        ReadinessSetup setup, List<ChecklistItem> scope, string commit, EvidenceCache? cache, CancellationToken cancellation, ReceivedTestPartitions? partitions = null)
    {
        await using var observations = new Observations(processes, cancellation); // what the checks share: collected once in this evaluation
        var registered = setup.Checks.Where(c => scope.Contains(c.Item) && !setup.Checklist.Disabled.ContainsKey(c.Item.Id)).ToList();
        var keys = registered.Select(c => cache?.KeyOf(c.Item, c.Check)).ToList();
        var work = registered.Select((registration, index) =>
        {
            var (item, check) = registration;
            if (keys[index] is { } key && cache!.Find(key, check, time.GetUtcNow(), setup.ReportDirectory) is { Reused: { } mark } reused)
            {
                return new CheckScheduler.Work<CheckOutcome>(new HashSet<string>(), () =>
                {
                    Log.Information($"{item.Id}: {check.Name} {mark.Note}");
                    return Task.FromResult(reused);
                });
            }

            return new CheckScheduler.Work<CheckOutcome>(CheckScheduler.ResourcesOf(check), () =>
            {
                Log.Information($"{item.Id}: running {check.Name}");
                var context = new CheckContext(item, root, commit, processes, time, cancellation) { ReportDirectory = setup.ReportDirectory, Observations = observations, TestPartitions = partitions };
                return CheckRunner.RunAsync(check, context, masker);
            });
        }).ToList();
        var ran = await new CheckScheduler(setup.ConcurrentChecks).RunAsync(work, (index, outcome) =>
        {
            if (keys[index] is { } key && !cancellation.IsCancellationRequested)
            {
                cache!.Store(key, registered[index].Check, outcome, time.GetUtcNow(), setup.ReportDirectory);
            }
        }).ConfigureAwait(false);
        return registered.Select((r, index) => (r.Item.Id, Outcome: ran[index]))
            .GroupBy(o => o.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<CheckOutcome>)[.. g.Select(o => o.Outcome)], StringComparer.Ordinal);
    }
}
