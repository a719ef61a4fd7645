namespace Pipeline.Readiness.PostgreSql;

/// <summary>Which PostgreSQL database the live probes read (a secret connection string; the probes only read) and
/// which schemas the index probe covers.</summary>
public sealed record PostgreSqlOptions : ICheckOptions
{
    /// <summary>The target database, e.g. <c>Host=db;Database=orders;Username=readonly;Password=…</c>.</summary>
    public string? ConnectionString { get; init; }

    /// <summary>Schemas whose foreign keys must be indexed.</summary>
    public IReadOnlyList<string> Schemas { get; init; } = ["public"];

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            yield return "ConnectionString: name the target database (--database-connection or PostgreSqlOptions.ConnectionString)";
        }

        if (Schemas.Count == 0)
        {
            yield return "Schemas: name at least one schema";
        }
    }
}
