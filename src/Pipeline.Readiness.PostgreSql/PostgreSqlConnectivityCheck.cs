namespace Pipeline.Readiness.PostgreSql;

/// <summary>The seed's database connectivity command: <c>SELECT 1</c> succeeds on the target database. Unreachable is
/// an Error, not a Failure: nothing was learned about the service.</summary>
internal sealed class PostgreSqlConnectivityCheck(PostgreSqlOptions options) : ReadinessCheck<PostgreSqlOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "postgresql-select-1";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var rows = await PostgreSqlQuery.RowsAsync(Options, "SELECT 1, current_setting('server_version')", context.Cancellation).ConfigureAwait(false);
        return rows is [["1", var version]]
            ? CheckResult.Passed(1, $"SELECT 1 answered by PostgreSQL {version}")
            : CheckResult.Failed(1, "SELECT 1 did not return 1", Finding.Create("database.select-1", FindingSeverity.Error, null, null, "SELECT 1 did not return 1", "select-1"));
    }
}
