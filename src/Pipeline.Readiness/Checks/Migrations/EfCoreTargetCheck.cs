namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>"No pending migrations": the target database (opened read-only) has applied every migration the project
/// holds; any it lacks is Failed by name. No target configured, or unreachable, is an Error.</summary>
internal sealed class EfCoreTargetCheck(EfCoreMigrationRun run) : ReadinessCheck<EfCoreMigrationOptions>(run.Options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "ef-migrations-target";

    /// <inheritdoc />
    internal override string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        if (Options.TargetConnection is not { Length: > 0 } connection)
        {
            return CheckResult.Error("no target database to compare with: set the target connection (--target-database or EfCoreMigrationOptions.TargetConnection)");
        }

        var migrations = await run.TargetAsync(context, connection).ConfigureAwait(false);
        var pending = migrations.Where(m => m.Applied != true).ToList();
        return pending.Count == 0
            ? CheckResult.Passed(migrations.Count, $"the target database has all {migrations.Count} migrations applied")
            : CheckResult.Failed(migrations.Count, $"{pending.Count} migration{(pending.Count == 1 ? " is" : "s are")} not applied on the target database: {string.Join(", ", pending.Select(m => m.Id))}",
                [.. pending.Select(m => Finding.Create("migration.pending", FindingSeverity.Error, run.FileOf(context, m.Id), null, $"{m.Id} is not applied on the target database", m.Id))]);
    }
}
