namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Makes a connection string or SQLAlchemy URL read-only where the provider allows it: PostgreSQL gets
/// <c>default_transaction_read_only</c>, SQLite is opened with <c>Mode=ReadOnly</c> (or <c>mode=ro</c>).</summary>
internal static class ReadOnlyConnection
{
    public static string For(string connection)
    {
        if (connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) || connection.Contains("Server=", StringComparison.OrdinalIgnoreCase))
        {
            return connection.TrimEnd(';') + ";Options=-c default_transaction_read_only=on";
        }

        return connection.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? connection.TrimEnd(';') + ";Mode=ReadOnly" : connection;
    }

    public static string ForUrl(string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? "&" : "?";
        return url.StartsWith("postgresql", StringComparison.OrdinalIgnoreCase) ? $"{url}{separator}options=-c%20default_transaction_read_only%3Don" : url;
    }
}
