namespace Pipeline.Readiness.Tests.Checks.Database;

public sealed class DangerousMigrationRulesTests
{
    private static string[] Rules(string sql, bool postgreSql = true) => [.. DangerousMigrationRules.Match(sql, postgreSql).Select(r => r.Rule)];

    [Theory]
    [InlineData("DROP TABLE \"Orders\"", "migration.drop-table")]
    [InlineData("ALTER TABLE orders DROP COLUMN total", "migration.drop-column")]
    [InlineData("ALTER TABLE \"Orders\" DROP \"Total\"", "migration.drop-column")]
    [InlineData("ALTER TABLE orders ADD COLUMN region varchar(10) NOT NULL", "migration.not-null-without-default")]
    [InlineData("ALTER TABLE \"Orders\" ADD \"Region\" text NOT NULL", "migration.not-null-without-default")]
    [InlineData("ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2)", "migration.column-type-change")]
    [InlineData("ALTER TABLE \"Orders\" ALTER COLUMN \"Total\" SET DATA TYPE bigint", "migration.column-type-change")]
    [InlineData("ALTER TABLE orders RENAME COLUMN customer TO buyer", "migration.rename")]
    [InlineData("ALTER TABLE orders RENAME TO purchases", "migration.rename")]
    [InlineData("EXEC sp_rename N'[Orders].[Customer]', N'Buyer', 'COLUMN'", "migration.rename")]
    [InlineData("CREATE INDEX ix_orders_customer ON orders (customer_id)", "migration.index-not-concurrent")]
    [InlineData("CREATE UNIQUE INDEX \"IX_Orders_Number\" ON \"Orders\" (\"Number\")", "migration.index-not-concurrent")]
    public void Each_rule_catches_its_operation(string sql, string rule) => Assert.Equal([rule], Rules(sql));

    [Theory]
    [InlineData("ALTER TABLE orders ADD COLUMN region varchar(10) NOT NULL DEFAULT 'eu'")]
    [InlineData("ALTER TABLE orders ADD COLUMN notes text")]
    [InlineData("ALTER TABLE orders ADD CONSTRAINT fk_customer FOREIGN KEY (customer_id) REFERENCES customers (id)")]
    [InlineData("ALTER TABLE orders DROP CONSTRAINT fk_customer")]
    [InlineData("CREATE INDEX CONCURRENTLY ix_orders_customer ON orders (customer_id)")]
    [InlineData("CREATE TABLE orders (id integer NOT NULL, total numeric NOT NULL)")]
    [InlineData("ALTER TABLE orders ALTER COLUMN total SET DEFAULT 0")]
    public void Safe_operations_pass(string sql) => Assert.Empty(Rules(sql));

    [Fact]
    public void Index_creation_without_concurrently_is_only_a_postgresql_rule() =>
        Assert.Empty(Rules("CREATE INDEX ix_orders_customer ON orders (customer_id)", postgreSql: false));

    [Fact]
    public void An_alembic_offline_script_is_split_per_revision_without_bookkeeping()
    {
        var statements = MigrationScripts.FromAlembic("""
            BEGIN;

            CREATE TABLE alembic_version (
                version_num VARCHAR(32) NOT NULL
            );

            -- Running upgrade  -> 1a2b3c

            CREATE TABLE orders (id INTEGER NOT NULL, PRIMARY KEY (id));

            INSERT INTO alembic_version (version_num) VALUES ('1a2b3c') RETURNING alembic_version.version_num;

            -- Running upgrade 1a2b3c -> 4d5e6f

            ALTER TABLE orders DROP COLUMN total;

            UPDATE alembic_version SET version_num='4d5e6f' WHERE alembic_version.version_num = '1a2b3c';

            COMMIT;
            """);

        Assert.Equal([("1a2b3c", "CREATE TABLE orders (id INTEGER NOT NULL, PRIMARY KEY (id))"), ("4d5e6f", "ALTER TABLE orders DROP COLUMN total")],
            statements.Select(s => (s.Migration, s.Sql)));
    }
}
