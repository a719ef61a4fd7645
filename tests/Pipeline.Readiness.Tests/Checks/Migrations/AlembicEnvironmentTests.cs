using Pipeline.Readiness.Tests.Checks.Database;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Migrations;

/// <summary>Revisions that only PostgreSQL can apply, or an async environment, are never tried on SQLite: the upgrade
/// item is an Error naming the file and line and how to get a throwaway PostgreSQL, instead of a misleading failure.</summary>
public sealed class AlembicEnvironmentTests : IDisposable
{
    private readonly AlembicSample _sample = new();

    public void Dispose() => _sample.Dispose();

    private Task<CheckResult> Upgrade() =>
        CheckRuns.RunAsync(new AlembicUpgradeCheck(new AlembicRun(new AlembicOptions())), Items.Database.MigrationsApplied, _sample.Root);

    [Fact]
    public async Task A_postgresql_only_type_is_an_error_at_its_line_on_sqlite()
    {
        _sample.Revision("0003", "0002", "op.add_column('orders', sa.Column('tags', postgresql.JSONB(), nullable=True))");

        var result = await Upgrade();

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("migrations/versions/0003.py(11) uses postgresql.JSONB, which SQLite cannot apply: set AlembicOptions.FreshDatabase to PostgreSqlFreshDatabase.Local",
            result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_async_environment_is_an_error_on_sqlite_and_gets_the_asyncpg_driver_on_postgresql()
    {
        File.AppendAllText(Path.Combine(_sample.Root, "migrations", "env.py"), "\n# from sqlalchemy.ext.asyncio import async_engine_from_config\n");

        var result = await Upgrade();

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("migrations/env.py runs an async engine", result.Summary, StringComparison.Ordinal);
        Assert.Equal("postgresql+asyncpg://u@127.0.0.1:5432/fresh", AlembicEnvironment.UrlFor(Path.Combine(_sample.Root, "migrations"), "postgresql://u@127.0.0.1:5432/fresh"));
    }
}
