using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrdersApi;

/// <summary>The database on PostgreSQL: what production runs.</summary>
internal sealed class PostgreSqlOrdersDbContext(DbContextOptions<PostgreSqlOrdersDbContext> options) : OrdersDbContext(options);

/// <summary>What <c>dotnet ef</c> uses to make and apply the PostgreSQL migrations (the connection is replaced by
/// <c>--connection</c>; making a migration never connects).</summary>
internal sealed class PostgreSqlOrdersDbContextFactory : IDesignTimeDbContextFactory<PostgreSqlOrdersDbContext>
{
    public PostgreSqlOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlOrdersDbContext>().UseNpgsql("Host=localhost;Database=orders").Options);
}
