namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>The <c>VerifyMigrations</c> target's items: migrations applied, history clean, none pending. EF Core and
/// Alembic both feed them; with neither found, each item is an Error saying what to configure.</summary>
internal sealed class MigrationsModule : ReadinessModule<IVerifyMigrations>
{
    public override string Target => "VerifyMigrations";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
        [Readiness.Items.Database.MigrationsApplied, Readiness.Items.Database.MigrationHistoryClean, Readiness.Items.Database.NoPendingMigrations];

    protected override void Register(IVerifyMigrations component, ReadinessSetup setup)
    {
        var target = component.TargetDatabase;
        var efCore = component.EfCoreMigrationSettings is { } ef && target is not null ? ef with { TargetConnection = target } : component.EfCoreMigrationSettings;
        var alembic = component.AlembicSettings is { } al && target is not null ? al with { TargetUrl = target } : component.AlembicSettings;
        if (efCore is not null)
        {
            setup.AddEfCoreMigrationChecks(efCore);
        }

        if (alembic is not null)
        {
            setup.AddAlembicMigrationChecks(alembic);
        }

        if (efCore is null && alembic is null)
        {
            var reason = "no migrations found: no EF Core project with a model snapshot and no alembic.ini at the root; set EfCoreMigrationSettings or AlembicSettings, or disable the item";
            setup.AddMissing([.. Items.Select(i => (i, (ReadinessCheck)new UnconfiguredCheck("migrations", reason)))]);
        }
    }
}
