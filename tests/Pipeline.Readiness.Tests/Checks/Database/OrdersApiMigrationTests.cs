using Npgsql;
using Pipeline.Readiness.PostgreSql;
using Pipeline.Tests.Process;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The reference service's own EF Core migrations (<c>samples/orders-api</c>, one set per provider) pass the
/// migration checks: the PostgreSQL ones on the shared real PostgreSQL, with a target the service migrated itself
/// (<c>--migrate</c>), and the SQLite ones on a fresh SQLite file. Run on a copy, so no build races the service's.</summary>
[Collection(PostgreSqlCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class OrdersApiMigrationTests(PostgreSqlServer server) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-orders-migrations-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void CopySample()
    {
        var sample = Path.Combine(RepositoryRoot.Path, "samples", "orders-api");
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", ".config/dotnet-tools.json" }
            .Concat(Directory.EnumerateFiles(Path.Combine(sample, "src"), "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(sample, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj"))))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, file))!);
            File.Copy(Path.Combine(sample, file), Path.Combine(_root, file));
        }
    }

    private Task<Dictionary<string, CheckResult>> Check(EfCoreMigrationOptions options) => EfCoreMigrationTests.Check(_root, options);

    private static string Describe(Dictionary<string, CheckResult> results) => EfCoreMigrationTests.Describe(results);

    [Fact]
    public async Task The_services_migrations_pass_on_postgresql_and_sqlite()
    {
        CopySample();
        var target = new NpgsqlConnectionStringBuilder(await server.CreateDatabaseAsync());
        var (exit, output) = await ScriptRunner.Run(_root, "dotnet", ["run", "--project", "src/OrdersApi", "--", "--migrate"],
            new Dictionary<string, string> { ["DATABASE_URL"] = $"postgresql://{target.Username}@{target.Host}:{target.Port}/{target.Database}" });
        Assert.True(exit == 0, output);
        Assert.Contains("applied 1 migration(s)", output);

        var postgreSql = await Check(new EfCoreMigrationOptions
        {
            Project = "src/OrdersApi/OrdersApi.csproj",
            Context = "PostgreSqlOrdersDbContext",
            FreshDatabase = new LocalPostgreSqlFreshDatabase(), // a throwaway server of its own, as the sample's gate uses
            TargetConnection = target.ConnectionString,
            PostgreSql = true,
        });
        var sqlite = await Check(new EfCoreMigrationOptions { Project = "src/OrdersApi/OrdersApi.csproj", Context = "SqliteOrdersDbContext" });

        Assert.True(postgreSql.Values.All(r => r.Status == CheckStatus.Passed), Describe(postgreSql));
        Assert.Contains("apply to a fresh PostgreSQL (throwaway, local)", postgreSql["ef-migrations-apply"].Summary);
        Assert.True(sqlite.Where(r => r.Key != "ef-migrations-target").All(r => r.Value.Status == CheckStatus.Passed), Describe(sqlite));
    }
}
