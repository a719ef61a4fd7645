namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"All migrations applied" for Alembic: <c>alembic upgrade head</c> succeeds on a fresh database; a failing
/// revision is named. A revision that cannot even be imported (a package the project needs is not installed) tried
/// nothing: an Error naming the module, not a failed migration.</summary>
internal sealed class AlembicUpgradeCheck(AlembicRun run) : ReadinessCheck<AlembicOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => "alembic-upgrade";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var history = await run.HistoryAsync(context).ConfigureAwait(false);
        var upgrade = await run.UpgradeAsync(context).ConfigureAwait(false);
        if (upgrade.FailedRevision is not null && upgrade.Failure is { } failure && failure.Contains("ModuleNotFoundError", StringComparison.Ordinal))
        {
            return CheckResult.Error($"alembic could not import the project's modules, so no migration was tried: {failure}; install the project's packages (uv sync, pip install -e .)");
        }

        return upgrade.FailedRevision is { } failed
            ? CheckResult.Failed(history.Count, $"alembic upgrade head fails at revision {failed} on a fresh {Options.FreshDatabase.Name} database: {upgrade.Failure}",
                Finding.Create("migration.apply-failed", FindingSeverity.Error, run.FileOf(context, failed), null, $"{failed}: {upgrade.Failure}", failed))
            : CheckResult.Passed(history.Count, $"alembic upgrade head applies {history.Count} revisions to a fresh {Options.FreshDatabase.Name} database");
    }
}
