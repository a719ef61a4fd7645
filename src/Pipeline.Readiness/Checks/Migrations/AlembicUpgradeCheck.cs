namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"All migrations applied" for Alembic: <c>alembic upgrade head</c> succeeds on a fresh database; a failing
/// revision is named.</summary>
internal sealed class AlembicUpgradeCheck(AlembicRun run) : ReadinessCheck<AlembicOptions>(run.Options)
{
    /// <inheritdoc />
    public override string Name => "alembic-upgrade";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var history = await run.HistoryAsync(context).ConfigureAwait(false);
        var upgrade = await run.UpgradeAsync(context).ConfigureAwait(false);
        return upgrade.FailedRevision is { } failed
            ? CheckResult.Failed(history.Count, $"alembic upgrade head fails at revision {failed} on a fresh {Options.FreshDatabase.Name} database: {upgrade.Failure}",
                Finding.Create("migration.apply-failed", FindingSeverity.Error, run.FileOf(context, failed), null, $"{failed}: {upgrade.Failure}", failed))
            : CheckResult.Passed(history.Count, $"alembic upgrade head applies {history.Count} revisions to a fresh {Options.FreshDatabase.Name} database");
    }
}
