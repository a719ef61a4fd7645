using Npgsql;

namespace Pipeline.Readiness.PostgreSql;

/// <summary>Runs one read-only query against the target database and returns its rows as strings. Connection
/// failures throw (the gate records an Error); the connection string never reaches a message.</summary>
internal static class PostgreSqlQuery
{
    public static async Task<IReadOnlyList<string?[]>> RowsAsync(PostgreSqlOptions options, string sql, CancellationToken cancellation, params NpgsqlParameter[] parameters)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { Pooling = false, Options = "-c default_transaction_read_only=on", Timeout = 15 };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellation).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or System.Net.Sockets.SocketException)
        {
            throw new InvalidOperationException($"the database at {builder.Host}:{builder.Port}/{builder.Database} is unreachable: {exception.Message}");
        }

        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellation).ConfigureAwait(false);
        var rows = new List<string?[]>();
        while (await reader.ReadAsync(cancellation).ConfigureAwait(false))
        {
            rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))]);
        }

        return rows;
    }
}
