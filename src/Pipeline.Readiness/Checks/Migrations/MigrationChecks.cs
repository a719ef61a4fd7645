namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Registers the migration checks (Polly-style <c>AddX</c>) for the Migrations items: fresh apply, clean
/// linear history without drift or dangerous operations, and nothing pending on the target database.</summary>
internal static class MigrationChecks
{
    /// <summary>Adds the EF Core migration checks for every migration item that has no check yet.</summary>
    public static ReadinessSetup AddEfCoreMigrationChecks(this ReadinessSetup setup, EfCoreMigrationOptions options)
    {
        var run = new EfCoreMigrationRun(options);
        return setup.AddMissing(
            (Items.Database.MigrationsApplied, new EfCoreMigrationsAppliedCheck(run)),
            (Items.Database.MigrationHistoryClean, new EfCoreHistoryCheck(run)),
            (Items.Database.MigrationHistoryClean, new DangerousMigrationCheck(run)),
            (Items.Database.NoPendingMigrations, new EfCoreTargetCheck(run)));
    }

    /// <summary>Adds the Alembic migration checks for every migration item that has no check yet.</summary>
    public static ReadinessSetup AddAlembicMigrationChecks(this ReadinessSetup setup, AlembicOptions options)
    {
        var run = new AlembicRun(options);
        return setup.AddMissing(
            (Items.Database.MigrationsApplied, new AlembicUpgradeCheck(run)),
            (Items.Database.MigrationHistoryClean, new AlembicGraphCheck(options)),
            (Items.Database.MigrationHistoryClean, new AlembicHistoryCheck(run)),
            (Items.Database.MigrationHistoryClean, new DangerousMigrationCheck(run)),
            (Items.Database.NoPendingMigrations, new AlembicTargetCheck(run)));
    }
}
