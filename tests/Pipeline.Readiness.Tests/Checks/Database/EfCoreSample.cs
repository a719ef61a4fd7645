using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Checks.Database;

/// <summary>A real EF Core project (SQLite or PostgreSQL provider) with two migrations made by the real dotnet-ef
/// (<c>Init</c>, <c>AddTotal</c>), built once per provider; each test works on its own copy.</summary>
public sealed class EfCoreSample : IAsyncLifetime
{
    private readonly string _templates = Directory.CreateTempSubdirectory("pipeline-efcore-").FullName;

    public Task InitializeAsync() => Task.WhenAll(CreateAsync("sqlite"), CreateAsync("postgresql"));

    public Task DisposeAsync()
    {
        Directory.Delete(_templates, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>A fresh copy of the provider's project in a new root; the project is <c>Shop/Shop.csproj</c>.</summary>
    public string Copy(string provider)
    {
        var root = Directory.CreateTempSubdirectory("pipeline-efcore-root-").FullName;
        var source = Path.Combine(_templates, provider);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
        {
            var target = Path.Combine(root, "Shop", Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return root;
    }

    /// <summary>Adds a property to the model (a change no migration holds yet).</summary>
    public static void ChangeModel(string root) => Edit(root, "Shop.cs", "public decimal Total { get; set; }", "public decimal Total { get; set; }\n    public string? Notes { get; set; }");

    /// <summary>Adds a hand-written migration after the others.</summary>
    public static void AddMigration(string root, string id, string up, string down = "") =>
        File.WriteAllText(Path.Combine(root, "Shop", "Migrations", id + ".cs"), $$"""
            using Microsoft.EntityFrameworkCore.Infrastructure;
            using Microsoft.EntityFrameworkCore.Migrations;

            namespace Shop.Migrations;

            [DbContext(typeof(ShopContext))]
            [Migration("{{id}}")]
            public partial class M{{id}} : Migration
            {
                protected override void Up(MigrationBuilder migrationBuilder) { {{up}} }

                protected override void Down(MigrationBuilder migrationBuilder) { {{down}} }
            }
            """);

    /// <summary>The id of the named migration dotnet-ef generated.</summary>
    public static string MigrationId(string root, string name) =>
        Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(root, "Shop", "Migrations"), $"*_{name}.cs").Single());

    private static void Edit(string root, string file, string from, string to)
    {
        var path = Path.Combine(root, "Shop", file);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
    }

    private async Task CreateAsync(string provider)
    {
        var directory = Path.Combine(_templates, provider);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Shop.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.EntityFrameworkCore.Sqlite" Version="10.0.15" />
                <PackageReference Include="Npgsql.EntityFrameworkCore.PostgreSQL" Version="10.0.3" />
                <PackageReference Include="Microsoft.EntityFrameworkCore.Design" Version="10.0.15" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        var use = provider == "sqlite" ? "UseSqlite(\"Data Source=shop.db\")" : "UseNpgsql(\"Host=127.0.0.1;Database=placeholder\")";
        File.WriteAllText(Path.Combine(directory, "Shop.cs"), $$"""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Design;

            namespace Shop;

            public sealed class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
            }

            public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
            {
                public DbSet<Order> Orders => Set<Order>();
            }

            public sealed class ShopContextFactory : IDesignTimeDbContextFactory<ShopContext>
            {
                public ShopContext CreateDbContext(string[] args) => new(new DbContextOptionsBuilder<ShopContext>().{{use}}.Options);
            }
            """);
        var (built, output) = await ScriptRunner.Run(directory, "dotnet", ["build", "-nologo", "-v", "q"]);
        if (built != 0)
        {
            throw new InvalidOperationException($"the EF Core sample does not build: {output}");
        }

        await Ef(directory, "migrations", "add", "Init");
        var path = Path.Combine(directory, "Shop.cs");
        File.WriteAllText(path, File.ReadAllText(path).Replace("public string Customer { get; set; } = \"\";", "public string Customer { get; set; } = \"\";\n    public decimal Total { get; set; }", StringComparison.Ordinal));
        await Ef(directory, "migrations", "add", "AddTotal");
    }

    private static async Task Ef(string directory, params string[] arguments)
    {
        var (exit, output) = await ScriptRunner.Run(directory, "dotnet", ["tool", "exec", "dotnet-ef@10.0.15", "--yes", "--", .. arguments]);
        if (exit != 0)
        {
            throw new InvalidOperationException($"dotnet ef {string.Join(' ', arguments)} failed: {output}");
        }
    }
}
