namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"Migration history clean" for Alembic: exactly one head, no branch or merge points, and no drift between
/// the models and the upgraded schema (the autogenerate comparison finds no operation).</summary>
internal sealed class AlembicHistoryCheck(AlembicRun run) : ReadinessCheck<AlembicOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => "alembic-history";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var heads = await run.HeadsAsync(context).ConfigureAwait(false);
        var history = await run.HistoryAsync(context).ConfigureAwait(false);
        var findings = new List<Finding>();
        if (heads.Count != 1)
        {
            findings.Add(Finding.Create("migration.heads", FindingSeverity.Error, Options.Directory, null,
                $"{heads.Count} heads ({string.Join(", ", heads)}); expected exactly one: merge them with alembic merge", string.Join("|", heads)));
        }

        foreach (var line in history.Where(l => l.Contains("(branchpoint)", StringComparison.Ordinal) || l.Contains("(mergepoint)", StringComparison.Ordinal)))
        {
            findings.Add(Finding.Create("migration.not-linear", FindingSeverity.Error, Options.Directory, null, $"history is not linear: {line}", line));
        }

        var upgrade = await run.UpgradeAsync(context).ConfigureAwait(false);
        if (upgrade.FailedRevision is null && upgrade.Drift.Count > 0)
        {
            findings.Add(Finding.Create("migration.model-drift", FindingSeverity.Error, Options.Directory, null,
                $"the models differ from the migrated schema; a new revision would do: {string.Join("; ", upgrade.Drift)}", string.Join("|", upgrade.Drift)));
        }

        var compared = upgrade.Compared ? "the models match the migrated schema" : $"the models were not compared (the upgrade stopped at {upgrade.FailedRevision})";
        return findings.Count == 0
            ? CheckResult.Passed(history.Count, $"{history.Count} revisions in one line to head {heads[0]}; {compared}")
            : CheckResult.Failed(history.Count, string.Join("; ", findings.Select(f => f.Message)), [.. findings]);
    }
}
