using Npgsql;
using Pipeline.Readiness.PostgreSql;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The Alembic checks against the shared real PostgreSQL: a fresh database per run, the target read-only.</summary>
[Collection(PostgreSqlCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class AlembicPostgreSqlTests(PostgreSqlServer server) : IDisposable
{
    private readonly AlembicSample _sample = new();

    public void Dispose() => _sample.Dispose();

    [Fact]
    public async Task Revisions_apply_to_a_fresh_postgresql_an_index_without_concurrently_is_flagged_and_a_target_behind_fails()
    {
        _sample.Revision("0003", "0002", "op.create_index('ix_orders_customer', 'orders', ['customer'])");
        var target = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        var targetUrl = $"postgresql://{target.Username}@{target.Host}:{target.Port}/{target.Database}";
        _sample.Upgrade(targetUrl, "0002");
        var run = new AlembicRun(new AlembicOptions { FreshDatabase = new PostgreSqlFreshDatabase(server.ConnectionString), TargetUrl = targetUrl, PostgreSql = true });

        var upgrade = await CheckRuns.RunAsync(new AlembicUpgradeCheck(run), Items.Database.MigrationsApplied, _sample.Root);
        var dangerous = await CheckRuns.RunAsync(new DangerousMigrationCheck(run), Items.Database.MigrationsApplied, _sample.Root);
        var pending = await CheckRuns.RunAsync(new AlembicTargetCheck(run), Items.Database.MigrationsApplied, _sample.Root);

        Assert.True(upgrade.Status == CheckStatus.Passed, upgrade.Summary);
        Assert.Contains("fresh PostgreSQL 127.0.0.1:", upgrade.Summary);
        var index = Assert.Single(dangerous.Findings);
        Assert.Equal("migration.index-not-concurrent", index.Rule);
        Assert.Equal("migrations/versions/0003.py", index.File);
        Assert.Equal(CheckStatus.Failed, pending.Status);
        Assert.Equal("the target database is at 0002, heads are 0003: run alembic upgrade head", pending.Summary);
    }

    [Fact]
    public async Task An_async_environment_applies_its_revisions_to_postgresql_with_asyncpg()
    {
        _sample.Write("migrations/env.py", """
            import asyncio
            import os

            from alembic import context
            from sqlalchemy.ext.asyncio import create_async_engine

            from app.models import Base

            target_metadata = Base.metadata
            url = os.environ["DATABASE_URL"]


            def run_migrations_offline():
                context.configure(url=url, target_metadata=target_metadata, literal_binds=True)
                with context.begin_transaction():
                    context.run_migrations()


            def do_run_migrations(connection):
                context.configure(connection=connection, target_metadata=target_metadata)
                with context.begin_transaction():
                    context.run_migrations()


            async def run_async_migrations():
                engine = create_async_engine(url)
                async with engine.connect() as connection:
                    await connection.run_sync(do_run_migrations)
                await engine.dispose()


            if context.is_offline_mode():
                run_migrations_offline()
            else:
                asyncio.run(run_async_migrations())
            """);
        var run = new AlembicRun(new AlembicOptions { FreshDatabase = new PostgreSqlFreshDatabase(server.ConnectionString), PostgreSql = true });

        var upgrade = await CheckRuns.RunAsync(new AlembicUpgradeCheck(run), Items.Database.MigrationsApplied, _sample.Root);
        var history = await CheckRuns.RunAsync(new AlembicHistoryCheck(run), Items.Database.MigrationHistoryClean, _sample.Root);

        Assert.True(upgrade.Status == CheckStatus.Passed, upgrade.Summary);
        Assert.True(history.Status == CheckStatus.Passed, history.Summary); // the autogenerate comparison ran on the async engine too
    }
}
