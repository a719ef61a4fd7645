namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"All migrations applied": every migration applies to a fresh database, the last one rolls back and
/// re-applies cleanly, and the idempotent script (plain on SQLite) is written to <c>artifacts/readiness/migrations/</c>.</summary>
internal sealed class EfCoreMigrationsAppliedCheck(EfCoreMigrationRun run) : ReadinessCheck<EfCoreMigrationOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    /// <remarks>The script the run writes to <c>migrations/</c> is the release's artifact: this check keeps and puts it back.</remarks>
    internal override EvidenceReuse? Reuse => run.Reuse is { } reuse ? reuse with { Artifacts = ["migrations"] } : null;

    /// <inheritdoc />
    public override string Name => "ef-migrations-apply";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var model = await run.ModelAsync(context).ConfigureAwait(false);
        var apply = await run.ApplyAsync(context).ConfigureAwait(false);
        var database = Options.FreshDatabase.Name;
        if (apply.FailedMigration is { } failed)
        {
            return CheckResult.Failed(model.Migrations.Count, $"migration {failed} fails on a fresh {database} database: {apply.Failure}",
                Finding.Create("migration.apply-failed", FindingSeverity.Error, run.FileOf(context, failed), null, $"{failed}: {apply.Failure}", failed));
        }

        if (apply.RollbackFailure is { } rollback)
        {
            var last = model.Migrations[^1].Id;
            return CheckResult.Failed(model.Migrations.Count, rollback,
                Finding.Create("migration.rollback-failed", FindingSeverity.Error, run.FileOf(context, last), null, rollback, last));
        }

        var script = apply.ScriptPath is { } path ? $"; script {context.Relative(path)}" : "; no script could be generated";
        return model.Migrations.Count == 0
            ? CheckResult.Failed(0, $"{Options.Project} has no migrations", Finding.Create("migration.none", FindingSeverity.Error, Options.Project, null, "no migrations", Options.Project))
            : CheckResult.Passed(model.Migrations.Count, $"{model.Migrations.Count} migrations apply to a fresh {database} database; {model.Migrations[^1].Name} rolls back and re-applies{script}");
    }
}
