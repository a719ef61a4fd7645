namespace Pipeline.Readiness;

/// <summary>The migration checks: every migration applies to a fresh database (and the last rolls back), the history
/// is linear without model drift or dangerous operations, and the target database has nothing pending. Finds the EF
/// Core project holding a model snapshot, or <c>alembic.ini</c> at the root; override the settings to choose.</summary>
public interface IVerifyMigrations : IReadinessComponent
{
    /// <summary>The deployed database (<c>--target-database</c>): a connection string for EF Core, a SQLAlchemy URL for
    /// Alembic; opened read-only, masked everywhere.</summary>
    [Parameter("The deployed database: a connection string (EF Core) or SQLAlchemy URL (Alembic); read-only"), Secret]
    string? TargetDatabase => this.ParameterValue<string>(nameof(TargetDatabase));

    /// <summary>The EF Core settings; default: the only project holding a model snapshot, if any.</summary>
    EfCoreMigrationOptions? EfCoreMigrationSettings => MigrationProjects.Find(RootDirectory) is [var project]
        ? new() { Project = project, TargetConnection = TargetDatabase }
        : null;

    /// <summary>The Alembic settings; default: <c>alembic.ini</c> at the root, if there is one.</summary>
    AlembicOptions? AlembicSettings => File.Exists(Path.Combine(RootDirectory, "alembic.ini")) ? new() { TargetUrl = TargetDatabase } : null;

    /// <summary>The migration checks.</summary>
    Target VerifyMigrations => _ => _.Description("Verifies migrations: fresh apply, rollback, linear history, no drift, none pending").Executes(token => EvaluateItemsAsync("VerifyMigrations", token));

    /// <summary>Registers the EF Core or Alembic checks, or an Error saying what to configure.</summary>
    [ReadinessChecks(order: 5)]
    void AddMigrationChecks(ReadinessSetup setup)
    {
        var (efCore, alembic) = (EfCoreMigrationSettings, AlembicSettings);
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
            setup.AddMissing([.. new[] { Items.Database.MigrationsApplied, Items.Database.MigrationHistoryClean, Items.Database.NoPendingMigrations }
                .Select(i => (i, (ReadinessCheck)new UnconfiguredCheck("migrations", reason)))]);
        }
    }
}
