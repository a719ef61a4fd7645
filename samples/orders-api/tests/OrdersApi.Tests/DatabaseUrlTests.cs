using Npgsql;

namespace OrdersApi.Tests;

/// <summary><c>DATABASE_URL</c> read as a provider and a connection string, and what validation says of it.</summary>
public sealed class DatabaseUrlTests
{
    [Fact]
    public void Unset_is_a_local_sqlite_file() => Assert.Equal(new DatabaseUrl(false, "Data Source=orders.db"), DatabaseUrl.Parse(null, null, null));

    [Fact]
    public void A_sqlite_url_names_the_file() => Assert.Equal(new DatabaseUrl(false, "Data Source=/var/lib/orders/orders.db"), DatabaseUrl.Parse("sqlite:////var/lib/orders/orders.db", null, null));

    [Fact]
    public void A_postgresql_url_becomes_npgsql_settings_with_the_pool_settings()
    {
        var database = DatabaseUrl.Parse("postgresql://orders:s%40fe@db.example.com:6432/orders_prod", 30, 1800); // pipeline:allow (a made-up password to show unescaping)

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        Assert.True(database.IsPostgreSql);
        Assert.Equal(("db.example.com", 6432, "orders_prod", "orders", "s@fe", 30, 1800),
            (settings.Host, settings.Port, settings.Database, settings.Username, settings.Password, settings.MaxPoolSize, settings.ConnectionLifetime));
    }

    [Fact]
    public void A_malformed_url_is_a_validation_error_that_does_not_repeat_the_value()
    {
        var settings = ServiceSettings.FromEnvironment(new Dictionary<string, string> { ["DATABASE_URL"] = "mysql://root:hunter2@db/orders" }.GetValueOrDefault); // pipeline:allow (a made-up password that must not be echoed)

        var error = Assert.Single(settings.Validate().Errors);
        Assert.StartsWith("DATABASE_URL must be sqlite:///<path> or postgresql://", error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_in_production_is_a_warning()
    {
        var settings = ServiceSettings.FromEnvironment(new Dictionary<string, string> { ["ENVIRONMENT"] = "production", ["DATABASE_URL"] = "sqlite:///orders.db" }.GetValueOrDefault);

        Assert.Contains("DATABASE_URL names SQLite: production runs on PostgreSQL", settings.Validate().Warnings);
    }

    [Fact]
    public void The_pool_holds_size_plus_overflow_connections_and_pre_ping_retries_broken_ones()
    {
        var settings = ServiceSettings.FromEnvironment(new Dictionary<string, string>
        {
            ["DATABASE_URL"] = "postgresql://orders@db.example.com/orders",
            ["DB_POOL_SIZE"] = "20",
            ["DB_MAX_OVERFLOW"] = "10",
            ["DB_POOL_PRE_PING"] = "true",
            ["DB_POOL_RECYCLE"] = "1800",
        }.GetValueOrDefault);

        var pool = new NpgsqlConnectionStringBuilder(settings.Database.ConnectionString);
        Assert.Equal((30, 1800, true), (pool.MaxPoolSize, pool.ConnectionLifetime, settings.RetryBrokenConnections));
    }
}
