namespace Pipeline.Readiness;

/// <summary>Splits the items a build's checks decide into parts (<see cref="EvidencePart"/>): each item goes to the
/// first component target (by name) whose module decides it, a service gate to its own part, anything else to
/// <see cref="TeamChecks"/>; then parts whose checks read the same shared work (one test run read by the tests and the
/// coverage check) are merged, named by their names joined with <c>-</c> (<c>Coverage-Test</c>), so that work is
/// still done once. Items decided by attestations, sign-offs or configuration are in no part: the fan-in decides them
/// from the repository's own files.</summary>
internal static class EvidenceParts
{
    /// <summary>The part of items no component decides (the team's own checks, the files' fallbacks).</summary>
    public const string TeamChecks = "Checks";

    public static IReadOnlyList<EvidencePart> Of(IReadinessComponent build, ReadinessSetup setup)
    {
        var modules = ReadinessModules.Of(build);
        string PartOf(ChecklistItem item) =>
            ServiceGateChecks.IsServiceGate(item) ? "Service-" + item.Id[ServiceGateChecks.ItemPrefix.Length..]
            : modules.FirstOrDefault(m => m.Decides(item))?.Target ?? TeamChecks;

        var groups = setup.Checklist.Entries
            .Where(i => setup.DecidedByChecks(i) && !setup.Checklist.Disabled.ContainsKey(i.Id) && setup.Checks.Any(c => c.Item.Id == i.Id))
            .GroupBy(PartOf)
            .Select(g => (Names: new List<string> { g.Key }, Items: g.ToList(), Work: g.SelectMany(i => setup.Checks.Where(c => c.Item.Id == i.Id)).SelectMany(c => SharedWork.Of(c.Check).Select(w => w.Key)).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        for (var merged = true; merged;)
        {
            merged = false;
            for (var a = 0; a < groups.Count && !merged; a++)
            {
                for (var b = a + 1; b < groups.Count && !merged; b++)
                {
                    if (groups[a].Work.Overlaps(groups[b].Work))
                    {
                        groups[a].Names.AddRange(groups[b].Names);
                        groups[a].Items.AddRange(groups[b].Items);
                        groups[a].Work.UnionWith(groups[b].Work);
                        groups.RemoveAt(b);
                        merged = true;
                    }
                }
            }
        }

        return
        [
            .. groups
                .Select(g => new EvidencePart(string.Join('-', g.Names.Order(StringComparer.Ordinal)), [.. setup.Checklist.Entries.Where(g.Items.Contains)]))
                .OrderBy(p => p.Name, StringComparer.Ordinal),
        ];
    }

    /// <summary>What makes two builds' evidence interchangeable: the checklist's version and every part with its
    /// items and their checks (name, type, timeout), and how many partitions the tests are split into. Evidence made
    /// under another configuration is refused.</summary>
    public static string ConfigurationOf(ReadinessSetup setup, IReadOnlyList<EvidencePart> parts) =>
        ReportDigest.OfLines(
        [
            VerdictCoverage.VersionOf(setup.Checklist.Entries.Select(i => i.Id)),
            .. parts.SelectMany(p => p.Items.SelectMany(i => setup.Checks.Where(c => c.Item.Id == i.Id)
                .Select(c => $"{p.Name}|{i.Id}|{c.Check.Name}|{c.Check.GetType().FullName}|{c.Check.Timeout}"))),
            .. parts.Where(p => PartitionsOf(setup, p) > 1).Select(p => $"{p.Name}|partitions|{setup.TestPartitions}"),
        ]);

    /// <summary>The test runs the checks of <paramref name="part"/> read (what a partition of it runs).</summary>
    public static IReadOnlyList<ITestRun> TestRunsOf(ReadinessSetup setup, EvidencePart part) =>
    [
        .. setup.Checks.Where(c => part.Items.Contains(c.Item)).SelectMany(c => SharedWork.Of(c.Check)).OfType<ITestRun>()
            .DistinctBy(r => ((Collector)r).Key, StringComparer.Ordinal),
    ];

    /// <summary>How many jobs run <paramref name="part"/>: the setup's <see cref="ReadinessSetup.TestPartitions"/> for a
    /// part that runs tests, otherwise 1.</summary>
    public static int PartitionsOf(ReadinessSetup setup, EvidencePart part) =>
        setup.TestPartitions > 1 && TestRunsOf(setup, part).Count > 0 ? setup.TestPartitions : 1;

    /// <summary>The part named <paramref name="name"/>.</summary>
    /// <exception cref="InvalidOperationException">The build has no such part.</exception>
    public static EvidencePart Find(IReadOnlyList<EvidencePart> parts, string name) =>
        parts.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"'{name}' is not a part of this build's checklist; its parts are: {(parts.Count == 0 ? "none (no check is registered)" : string.Join(", ", parts.Select(p => p.Name)))}");
}
