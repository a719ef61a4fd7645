namespace Pipeline.Readiness.PostgreSql;

/// <summary>A fresh database on a <see cref="LocalPostgreSqlServer"/> started for the one migration run and stopped
/// with it: migrations are checked on PostgreSQL without a server to name. Without PostgreSQL installed, the checks
/// that need a database are an Error saying so.</summary>
internal sealed class LocalPostgreSqlFreshDatabase : IFreshDatabase, IKeyedFreshDatabase
{
    /// <inheritdoc />
    /// <remarks>The installed PostgreSQL versions (their folders under <c>/usr/lib/postgresql</c>) and binaries.</remarks>
    public EvidenceReuse Keyed(EvidenceReuse reuse) => reuse with { Installed = [.. reuse.Installed, "/usr/lib/postgresql/*/bin"] };

    /// <inheritdoc />
    public string Name => "PostgreSQL (throwaway, local)";

    /// <inheritdoc />
    public async Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory)
    {
        var server = await LocalPostgreSqlServer.StartAsync(context.Processes, context.Cancellation).ConfigureAwait(false);
        var database = await new PostgreSqlFreshDatabase(server.ConnectionString).CreateAsync(context, workDirectory).ConfigureAwait(false);
        return new FreshDatabase(database.ConnectionString, database.SqlAlchemyUrl, async () =>
        {
            await using (server.ConfigureAwait(false))
            {
                await database.DisposeAsync().ConfigureAwait(false);
            }
        });
    }
}
