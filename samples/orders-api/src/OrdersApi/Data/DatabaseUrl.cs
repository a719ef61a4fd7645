using Npgsql;

namespace OrdersApi;

/// <summary>The checklist's <c>DATABASE_URL</c> read as a provider and an ADO.NET connection string: unset or
/// <c>sqlite:///path</c> is SQLite (default <c>orders.db</c>), <c>postgresql://user:password@host:port/db</c> is
/// PostgreSQL with the <c>pool size and connection lifetime (<c>DB_POOL_SIZE</c>, <c>DB_POOL_RECYCLE</c> in seconds).</summary>
internal sealed record DatabaseUrl(bool IsPostgreSql, string ConnectionString)
{
    public static DatabaseUrl Parse(string? url, int? poolSize, int? recycleSeconds)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return new(false, "Data Source=orders.db");
        }

        if (url.StartsWith("sqlite:///", StringComparison.Ordinal))
        {
            return new(false, $"Data Source={url["sqlite:///".Length..]}");
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("postgresql" or "postgres") || uri.AbsolutePath.Length < 2)
        {
            throw new FormatException("DATABASE_URL must be sqlite:///<path> or postgresql://<user>:<password>@<host>:<port>/<database>");
        }

        var user = uri.UserInfo.Split(':', 2);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath[1..]),
            Username = user[0].Length > 0 ? Uri.UnescapeDataString(user[0]) : null,
            Password = user.Length > 1 ? Uri.UnescapeDataString(user[1]) : null,
        };
        if (poolSize is { } size)
        {
            builder.MaxPoolSize = size;
        }

        if (recycleSeconds is { } recycle)
        {
            builder.ConnectionLifetime = recycle;
        }

        return new(true, builder.ConnectionString);
    }
}
