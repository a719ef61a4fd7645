using Npgsql;
using Pipeline.Readiness.PostgreSql;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>A real PostgreSQL for the whole test run (shared by the <see cref="PostgreSqlCollection"/>): the library's
/// <see cref="LocalPostgreSqlServer"/> (Debian's postgresql, loopback, free port), stopped at the end.
/// <c>PIPELINE_TEST_POSTGRES</c> (a connection string) uses a running one.</summary>
public sealed class PostgreSqlServer : IAsyncLifetime
{
    private LocalPostgreSqlServer? _server;

    /// <summary>A superuser connection to the <c>postgres</c> database.</summary>
    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable("PIPELINE_TEST_POSTGRES") is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        _server = await LocalPostgreSqlServer.StartAsync(new ProcessRunner(), CancellationToken.None);
        ConnectionString = _server.ConnectionString;
        await ExecuteAsync("SELECT 1");
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }

    /// <summary>A new empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Guid.NewGuid():N}"[..30];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private Task ExecuteAsync(string sql) => ExecuteAsync(ConnectionString, sql);
}

/// <summary>The tests that share one PostgreSQL server.</summary>
[CollectionDefinition(Name)]
public sealed class PostgreSqlCollection : ICollectionFixture<PostgreSqlServer>
{
    public const string Name = "PostgreSQL";
}
