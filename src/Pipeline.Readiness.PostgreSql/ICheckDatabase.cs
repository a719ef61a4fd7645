namespace Pipeline.Readiness.PostgreSql;

/// <summary>The database checks: the connection-pool settings of the deployment and, against the live PostgreSQL
/// (<c>--database-connection</c>, read-only), <c>SELECT 1</c>, WAL archiving and foreign-key indexes. Without a
/// connection the live items are an Error.</summary>
public interface ICheckDatabase : IReadinessComponent
{
    /// <summary>The live database (<c>--database-connection</c>), an Npgsql connection string; masked everywhere.</summary>
    [Parameter("The live PostgreSQL the probes read (Npgsql connection string); read-only"), Secret]
    string? DatabaseConnection => this.ParameterValue<string>(nameof(DatabaseConnection));

    /// <summary>Override to change where the pool settings are read and what they are called.</summary>
    PoolConfigurationOptions PoolSettings => new();

    /// <summary>Override to change the probed schemas.</summary>
    PostgreSqlOptions PostgreSqlSettings => new() { ConnectionString = DatabaseConnection };

    /// <summary>The database checks.</summary>
    Target CheckDatabase => _ => _.Description("Checks the pool settings and probes the live database: SELECT 1, WAL archiving, indexes").Executes(token => EvaluateItemsAsync("CheckDatabase", token));

    /// <summary>Registers the pool checks and the PostgreSQL probes.</summary>
    [ReadinessChecks(order: 6)]
    void AddDatabaseChecks(ReadinessSetup setup) => setup.AddPoolChecks(PoolSettings).AddPostgreSqlChecks(PostgreSqlSettings);
}
