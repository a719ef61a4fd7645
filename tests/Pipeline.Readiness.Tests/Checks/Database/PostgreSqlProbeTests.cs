using Pipeline.Readiness.PostgreSql;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Database;

[Collection(PostgreSqlCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class PostgreSqlProbeTests(PostgreSqlServer server)
{
    private static Task<CheckResult> Run(ReadinessCheck check, ChecklistItem item) => CheckRuns.RunAsync(check, item, Path.GetTempPath());

    [Fact]
    public async Task Select_1_passes_on_a_live_server_and_an_unreachable_one_is_an_error()
    {
        var live = await Run(new PostgreSqlConnectivityCheck(new PostgreSqlOptions { ConnectionString = server.ConnectionString }), Items.PreLaunch.DatabaseConnectivity);
        var down = await Run(new PostgreSqlConnectivityCheck(new PostgreSqlOptions { ConnectionString = "Host=127.0.0.1;Port=9;Username=postgres;Password=hunter2-not-shown;Timeout=3" }), Items.PreLaunch.DatabaseConnectivity); // pipeline:allow (a fake password that must never be printed)

        Assert.True(live.Status == CheckStatus.Passed, live.Summary);
        Assert.Contains("SELECT 1 answered by PostgreSQL 15", live.Summary);
        Assert.Equal(CheckStatus.Error, down.Status);
        Assert.Contains("127.0.0.1:9", down.Summary);
        Assert.DoesNotContain("hunter2-not-shown", down.Summary);
    }

    [Fact]
    public async Task Archive_mode_off_fails_point_in_time_recovery()
    {
        var result = await Run(new PointInTimeRecoveryCheck(new PostgreSqlOptions { ConnectionString = server.ConnectionString }), Items.Database.PointInTimeRecovery);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Contains("archive_mode is 'off' (expected on)", result.Summary);
        Assert.Contains(result.Findings, f => f.Rule == "database.wal-archiving");
    }

    [Fact]
    public async Task A_foreign_key_without_an_index_fails_naming_table_and_column_and_passes_once_indexed()
    {
        var database = await server.CreateDatabaseAsync();
        await PostgreSqlServer.ExecuteAsync(database, """
            CREATE TABLE customers (id int PRIMARY KEY);
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers(id), total numeric);
            CREATE TABLE lines (order_id int REFERENCES orders(id), position int, PRIMARY KEY (order_id, position));
            """);
        var options = new PostgreSqlOptions { ConnectionString = database };

        var missing = await Run(new ForeignKeyIndexCheck(options), Items.Database.Indexes);
        await PostgreSqlServer.ExecuteAsync(database, "CREATE INDEX ix_orders_customer ON orders (customer_id)");
        var indexed = await Run(new ForeignKeyIndexCheck(options), Items.Database.Indexes);

        Assert.Equal(CheckStatus.Failed, missing.Status);
        var finding = Assert.Single(missing.Findings); // lines.order_id leads the primary key's index
        Assert.StartsWith("orders.customer_id (constraint orders_customer_id_fkey) has no index", finding.Message);
        Assert.True(indexed.Status == CheckStatus.Passed, indexed.Summary);
        Assert.Equal(2, indexed.Examined);
    }
}
