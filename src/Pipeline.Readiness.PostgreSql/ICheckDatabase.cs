namespace Pipeline.Readiness.PostgreSql;

/// <summary>The live database checks, against PostgreSQL (<c>--database-connection</c>, read-only): <c>SELECT 1</c>,
/// WAL archiving and foreign-key indexes. Without a connection they are an Error. (The connection-pool settings are
/// checked by <see cref="ICheckConfiguration"/>, in every gate.)</summary>
[ReadinessModule<DatabaseModule>]
public interface ICheckDatabase : IReadinessComponent
{
    /// <summary>The live database (<c>--database-connection</c>), an Npgsql connection string; masked everywhere.
    /// Given, it wins over <see cref="PostgreSqlOptions.ConnectionString"/>.</summary>
    [Parameter("The live PostgreSQL the probes read (Npgsql connection string); read-only"), Secret]
    string? DatabaseConnection => this.ParameterValue<string>(nameof(DatabaseConnection));

    /// <summary>Override to change the probed schemas or name the database.</summary>
    PostgreSqlOptions PostgreSqlSettings => new();

    /// <summary>The live database probes.</summary>
    Target CheckDatabase => _ => _.Description("Probes the live database: SELECT 1, WAL archiving, indexes").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<DatabaseModule>(token));
}
