using Pipeline.Readiness.PostgreSql;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>The EF Core migration checks on real projects with the real dotnet-ef, against SQLite files and the
/// shared real PostgreSQL.</summary>
[Collection(PostgreSqlCollection.Name)]
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class EfCoreMigrationTests(EfCoreSample sample, PostgreSqlServer server) : IClassFixture<EfCoreSample>
{
    /// <summary>The four EF Core migration checks over one run, by check name.</summary>
    internal static async Task<Dictionary<string, CheckResult>> Check(string root, EfCoreMigrationOptions options)
    {
        var run = new EfCoreMigrationRun(options);
        var results = new Dictionary<string, CheckResult>();
        foreach (var check in new ReadinessCheck[] { new EfCoreMigrationsAppliedCheck(run), new EfCoreHistoryCheck(run), new DangerousMigrationCheck(run), new EfCoreTargetCheck(run) })
        {
            results[check.Name] = await CheckRuns.RunAsync(check, Items.Database.MigrationsApplied, root);
        }

        return results;
    }

    private static async Task UpdateTo(string root, string migration, string connection)
    {
        Assert.Equal(0, (await ScriptRunner.Run(Path.Combine(root, "Shop"), "dotnet", ["build", "-nologo", "-v", "q"])).ExitCode);
        var (exit, output) = await ScriptRunner.Run(Path.Combine(root, "Shop"), "dotnet", ["tool", "exec", "dotnet-ef@10.0.15", "--yes", "--", "database", "update", migration, "--connection", connection]);
        Assert.True(exit == 0, output);
    }

    internal static string Describe(Dictionary<string, CheckResult> results) => string.Join("\n", results.Select(r => $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));

    [Fact]
    public async Task A_clean_project_passes_and_a_target_missing_the_last_migration_fails_naming_it()
    {
        var root = sample.Copy("sqlite");
        var (current, behind) = (Path.Combine(root, "current.db"), Path.Combine(root, "behind.db"));
        await UpdateTo(root, EfCoreSample.MigrationId(root, "AddTotal"), $"Data Source={current}");
        await UpdateTo(root, "Init", $"Data Source={behind}");

        var clean = await Check(root, new EfCoreMigrationOptions { Project = "Shop/Shop.csproj", TargetConnection = $"Data Source={current}" });
        var pending = await Check(root, new EfCoreMigrationOptions { Project = "Shop/Shop.csproj", TargetConnection = $"Data Source={behind}" });

        Assert.All(clean.Values, r => Assert.True(r.Status == CheckStatus.Passed, Describe(clean)));
        Assert.Contains("2 migrations apply to a fresh SQLite database; AddTotal rolls back and re-applies; script artifacts/readiness/migrations/Shop.sql", clean["ef-migrations-apply"].Summary);
        Assert.True(File.Exists(Path.Combine(root, "artifacts", "readiness", "migrations", "Shop.sql")));
        var target = pending["ef-migrations-target"];
        Assert.Equal(CheckStatus.Failed, target.Status);
        Assert.Equal($"1 migration is not applied on the target database: {EfCoreSample.MigrationId(root, "AddTotal")}", target.Summary);
        Assert.Equal($"Shop/Migrations/{EfCoreSample.MigrationId(root, "AddTotal")}.cs", Assert.Single(target.Findings).File);
    }

    [Fact]
    public async Task A_model_change_without_a_migration_fails_the_history()
    {
        var root = sample.Copy("sqlite");
        EfCoreSample.ChangeModel(root);

        var results = await Check(root, new EfCoreMigrationOptions { Project = "Shop/Shop.csproj" });

        Assert.Equal(CheckStatus.Failed, results["ef-migrations-history"].Status);
        Assert.Contains("the model has changes no migration holds", results["ef-migrations-history"].Summary);
        Assert.Equal(CheckStatus.Error, results["ef-migrations-target"].Status); // no target configured: never a pass
    }

    [Fact]
    public async Task A_broken_migration_fails_naming_it_and_dangerous_operations_are_found_per_migration()
    {
        var root = sample.Copy("sqlite");
        EfCoreSample.AddMigration(root, "20990101000000_RenameCustomer", """migrationBuilder.RenameColumn(name: "Customer", table: "Orders", newName: "Buyer");""");
        EfCoreSample.AddMigration(root, "20990102000000_Broken", """migrationBuilder.Sql("UPDATE no_such_table SET x = 1");""");

        var results = await Check(root, new EfCoreMigrationOptions { Project = "Shop/Shop.csproj" });

        var apply = results["ef-migrations-apply"];
        Assert.Equal(CheckStatus.Failed, apply.Status);
        Assert.True(apply.Summary.StartsWith("migration 20990102000000_Broken fails on a fresh SQLite database:", StringComparison.Ordinal), apply.Summary);
        Assert.Contains("no such table", apply.Summary);
        var dangerous = results["dangerous-migrations"];
        Assert.Equal(CheckStatus.Failed, dangerous.Status);
        var drop = Assert.Single(dangerous.Findings);
        Assert.Equal("migration.rename", drop.Rule);
        Assert.StartsWith("20990101000000_RenameCustomer: renames a table or column", drop.Message);
        Assert.Equal("Shop/Migrations/20990101000000_RenameCustomer.cs", drop.File);
    }

    [Fact]
    public async Task On_a_real_postgresql_fresh_database_the_migrations_apply_and_a_pending_target_fails()
    {
        var root = sample.Copy("postgresql");
        EfCoreSample.AddMigration(root, "20990101000000_DropTotal", """migrationBuilder.DropColumn(name: "Total", table: "Orders");""",
            """migrationBuilder.AddColumn<decimal>(name: "Total", table: "Orders", nullable: false, defaultValue: 0m);""");
        var target = await server.CreateDatabaseAsync();
        await UpdateTo(root, "Init", target);

        var results = await Check(root, new EfCoreMigrationOptions
        {
            Project = "Shop/Shop.csproj",
            FreshDatabase = new PostgreSqlFreshDatabase(server.ConnectionString),
            TargetConnection = target,
            PostgreSql = true,
        });

        Assert.True(results["ef-migrations-apply"].Status == CheckStatus.Passed, Describe(results));
        Assert.Contains("apply to a fresh PostgreSQL 127.0.0.1:", results["ef-migrations-apply"].Summary);
        Assert.Equal(CheckStatus.Passed, results["ef-migrations-history"].Status);
        Assert.Equal(CheckStatus.Failed, results["ef-migrations-target"].Status);
        Assert.Contains($"{EfCoreSample.MigrationId(root, "AddTotal")}, 20990101000000_DropTotal", results["ef-migrations-target"].Summary);
        Assert.Equal("migration.drop-column", Assert.Single(results["dangerous-migrations"].Findings).Rule);
    }
}
