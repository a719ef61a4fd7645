using System.Text.Json;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Migrations;

/// <summary>An EF Core solution with a DbContext and no migrations at all, its schema made by <c>EnsureCreated</c>
/// (issue 17, as in a popular Clean Architecture template), fails the migration items instead of "no EF Core project".</summary>
[Trait("Category", "Slow")] // a whole build run
public sealed class NoMigrationsTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task A_dbcontext_without_migrations_fails_naming_it_and_ensure_created()
    {
        _run.WriteFile("src/Infrastructure/Data/ApplicationDbContext.cs", "namespace Infrastructure.Data;\n\npublic class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options) : IdentityDbContext<ApplicationUser>(options)\n{\n}\n");
        _run.WriteFile("src/Infrastructure/Data/Initialiser.cs", "class Initialiser\n{\n    async Task Go()\n    {\n        await _context.Database.EnsureDeletedAsync();\n        await _context.Database.EnsureCreatedAsync();\n    }\n}\n");
        GitRepository.Init(_run.Root);

        var (_, output) = await _run.Run<Gate>(["Readiness", "--no-logo"]);

        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "report.json")));
        var applied = report.RootElement.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetString() == "database.migrations-applied");
        Assert.True(applied.GetProperty("status").GetString() == "failed", output);
        Assert.Equal("ApplicationDbContext (src/Infrastructure/Data/ApplicationDbContext.cs(3)) has no migrations: the schema is made by EnsureCreated at src/Infrastructure/Data/Initialiser.cs(6), "
            + "so a change to the model cannot be applied to an existing database; add migrations (dotnet ef migrations add Initial)", applied.GetProperty("reason").GetString());
    }

    /// <summary>The gate with its defaults, as <c>./build.sh</c> runs it on a repository.</summary>
    private sealed class Gate : ReadinessBuild;
}
