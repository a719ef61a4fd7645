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

        if (efCore is null && alembic is null && MigrationProjects.DbContexts(component.RootDirectory) is { Contexts.Count: > 0 } contexts)
        {
            var reason = $"{string.Join(", ", contexts.Contexts)} has no migrations{(contexts.EnsureCreated is { } at ? $": the schema is made by EnsureCreated at {at}" : "")}, so a change to the model cannot be applied to an existing database; add migrations (dotnet ef migrations add Initial)";
            setup.AddMissing(
                (Readiness.Items.Database.MigrationsApplied, new NoMigrationsCheck(reason)),
                (Readiness.Items.Database.MigrationHistoryClean, new NoMigrationsCheck(reason)),
                (Readiness.Items.Database.NoPendingMigrations, new UnconfiguredCheck("migrations", $"{reason}; nothing to compare with the deployed database")));
            return;
        }

        if (efCore is null && alembic is null)
        {
            var reason = "no migrations found: no EF Core project with a model snapshot, no DbContext and no alembic.ini at the root or the Python project; set EfCoreMigrationSettings or AlembicSettings, or disable the item";
            setup.AddMissing([.. Items.Select(i => (i, (ReadinessCheck)new UnconfiguredCheck("migrations", reason)))]);
        }
    }
}
