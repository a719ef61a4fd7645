using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace OrdersApi;

/// <summary>The database on SQLite: the default for development and tests.</summary>
internal sealed class SqliteOrdersDbContext(DbContextOptions<SqliteOrdersDbContext> options) : OrdersDbContext(options);

/// <summary>What <c>dotnet ef</c> uses to make and apply the SQLite migrations (the connection is replaced by
/// <c>--connection</c>).</summary>
internal sealed class SqliteOrdersDbContextFactory : IDesignTimeDbContextFactory<SqliteOrdersDbContext>
{
    public SqliteOrdersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOrdersDbContext>().UseSqlite("Data Source=orders.db").Options);
}
