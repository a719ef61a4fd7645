using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The check over whole migrations: statements on a table the same migration creates are not dangerous; the
/// same statements on an existing table are.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class DangerousMigrationCheckTests
{
    /// <summary>The statements as a migration tool would print them (the EF Core and Alembic sources are exercised
    /// with the real tools in <see cref="EfCoreMigrationTests"/> and <see cref="AlembicMigrationTests"/>).</summary>
    private sealed class Statements(params MigrationStatement[] statements) : IMigrationSource
    {
        public string Stack => Stacks.DotNet;

        public EvidenceReuse? Reuse => null;

        public bool PostgreSql => true;

        public Task<IReadOnlyList<MigrationStatement>> StatementsAsync(CheckContext context) => Task.FromResult<IReadOnlyList<MigrationStatement>>(statements);

        public string? FileOf(CheckContext context, string migration) => $"Migrations/{migration}.cs";
    }

    private static Task<CheckResult> Run(params MigrationStatement[] statements) =>
        CheckRuns.RunAsync(new DangerousMigrationCheck(new Statements(statements)), Items.Database.MigrationHistoryClean, Path.GetTempPath());

    [Fact]
    public async Task Indexing_and_altering_a_table_created_in_the_same_migration_passes()
    {
        var result = await Run(
            new("20260101_Initial", "CREATE TABLE orders (id uuid NOT NULL, tenant character varying(64) NOT NULL)"),
            new("20260101_Initial", "CREATE INDEX ix_orders_tenant ON orders (tenant)"),
            new("20260101_Initial", "ALTER TABLE \"orders\" ADD \"region\" text NOT NULL"));

        Assert.Equal(CheckStatus.Passed, result.Status);
    }

    [Fact]
    public async Task Indexing_a_table_an_earlier_migration_created_fails_naming_the_later_migration()
    {
        var result = await Run(
            new("20260101_Initial", "CREATE TABLE orders (id uuid NOT NULL, tenant text NOT NULL)"),
            new("20260202_TenantIndex", "CREATE INDEX \"ix_orders_tenant\" ON public.\"orders\" (\"tenant\")"));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("migration.index-not-concurrent", "Migrations/20260202_TenantIndex.cs"), (finding.Rule, finding.File));
        Assert.StartsWith("20260202_TenantIndex: ", finding.Message, StringComparison.Ordinal);
    }
}
