namespace Pipeline.Readiness.PostgreSql;

/// <summary>Registers the live PostgreSQL probes (Polly-style <c>AddX</c>): connectivity, point-in-time recovery and
/// foreign-key indexes.</summary>
internal static class PostgreSqlChecks
{
    /// <summary>Adds the probes for every item that has no check yet.</summary>
    public static ReadinessSetup AddPostgreSqlChecks(this ReadinessSetup setup, PostgreSqlOptions options) => setup.AddMissing(
        (Items.PreLaunch.DatabaseConnectivity, new PostgreSqlConnectivityCheck(options)),
        (Items.Database.PointInTimeRecovery, new PointInTimeRecoveryCheck(options)),
        (Items.Database.Indexes, new ForeignKeyIndexCheck(options)));
}
