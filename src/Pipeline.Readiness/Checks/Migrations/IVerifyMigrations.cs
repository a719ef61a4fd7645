namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>The migration checks: every migration applies to a fresh database (and the last rolls back), the history
/// is linear without model drift or dangerous operations, and the target database has nothing pending. Finds the EF
/// Core project holding a model snapshot, or <c>alembic.ini</c> at the root or the Python project's folder; a DbContext
/// without any migration fails (its schema is made by <c>EnsureCreated</c>). Override the settings to choose.</summary>
[ReadinessModule<MigrationsModule>]
public interface IVerifyMigrations : IReadinessComponent
{
    /// <summary>The deployed database (<c>--target-database</c>): a connection string for EF Core, a SQLAlchemy URL for
    /// Alembic; opened read-only, masked everywhere. Given, it wins over the settings' target.</summary>
    [Parameter("The deployed database: a connection string (EF Core) or SQLAlchemy URL (Alembic); read-only"), Secret]
    string? TargetDatabase => this.ParameterValue<string>(nameof(TargetDatabase));

    /// <summary>The EF Core settings; default: the only project holding a model snapshot, if any. <c>--target-database</c>,
    /// when given, is the target connection whatever an override says.</summary>
    EfCoreMigrationOptions? EfCoreMigrationSettings => MigrationProjects.Find(RootDirectory) is [var project] ? new() { Project = project } : null;

    /// <summary>The Alembic settings; default: <c>alembic.ini</c> at the root, else in the Python project's folder (a
    /// <c>backend/</c> with its own <c>pyproject.toml</c>), if there is one. <c>--target-database</c>, when given, is the
    /// target URL whatever an override says.</summary>
    AlembicOptions? AlembicSettings => MigrationProjects.AlembicFolder(RootDirectory) is { } folder ? new() { Directory = folder } : null;

    /// <summary>The migration checks.</summary>
    Target VerifyMigrations => _ => _.Description("Verifies migrations: fresh apply, rollback, linear history, no drift, none pending").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<MigrationsModule>(token));
}
