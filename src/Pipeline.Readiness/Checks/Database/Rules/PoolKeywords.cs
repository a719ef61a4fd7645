using System.Data.Common;
using System.Globalization;

namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>The Npgsql pool keywords of a connection string (any spelling of each).</summary>
internal sealed record PoolKeywords(int? Maximum, int Minimum, int? Keepalive, int? Lifetime)
{
    public static PoolKeywords Parse(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        int? Number(params string[] names) => builder.Keys.Cast<string>().FirstOrDefault(k => names.Contains(k.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparer.OrdinalIgnoreCase)) is { } key
            && int.TryParse(Convert.ToString(builder[key], CultureInfo.InvariantCulture), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
        return new(Number("MaximumPoolSize", "MaxPoolSize"), Number("MinimumPoolSize", "MinPoolSize") ?? 0, Number("Keepalive", "KeepAlive"), Number("ConnectionLifetime", "LoadBalanceTimeout"));
    }
}
