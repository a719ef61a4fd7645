using Npgsql;

namespace Pipeline.Readiness.PostgreSql;

/// <summary>A new, empty database on a PostgreSQL server (<paramref name="serverConnection"/> needs CREATEDB), dropped
/// afterwards: migrations are checked on the engine they will run on.</summary>
public sealed class PostgreSqlFreshDatabase(string serverConnection) : IFreshDatabase, IKeyedFreshDatabase
{
    /// <inheritdoc />
    EvidenceReuse IKeyedFreshDatabase.Keyed(EvidenceReuse reuse) => reuse with { External = true }; // a server outside the repository

    /// <summary>A throwaway local PostgreSQL server, started for the one migration run and stopped with it, for
    /// machines with PostgreSQL installed and no server to name (without PostgreSQL, the checks that need it are an Error).</summary>
    public static IFreshDatabase Local { get; } = new LocalPostgreSqlFreshDatabase();

    private readonly NpgsqlConnectionStringBuilder _server = new(serverConnection);

    /// <inheritdoc />
    public string Name => $"PostgreSQL {_server.Host}:{_server.Port}";

    /// <inheritdoc />
    public async Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory)
    {
        var name = $"pipeline_fresh_{Guid.NewGuid():N}"[..40];
        await ExecuteAsync($"CREATE DATABASE \"{name}\"", context.Cancellation).ConfigureAwait(false);
        var database = new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Database = name, Pooling = false };
        var password = string.IsNullOrEmpty(database.Password) ? string.Empty : ":" + Uri.EscapeDataString(database.Password);
        var url = $"postgresql://{Uri.EscapeDataString(database.Username ?? "postgres")}{password}@{database.Host}:{database.Port}/{name}";
        return new FreshDatabase(database.ConnectionString, url, () => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None));
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellation)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_server.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellation).ConfigureAwait(false);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellation).ConfigureAwait(false);
    }
}
