using Microsoft.EntityFrameworkCore;

namespace OrdersApi;

/// <summary>Registers the context for the configured provider as <see cref="OrdersDbContext"/>, and a readiness
/// health check that opens the database.</summary>
internal static class DatabaseSetup
{
    public const string Ready = "ready";

    public static IServiceCollection AddOrdersDatabase(this IServiceCollection services, ServiceSettings settings)
    {
        var database = settings.Database;
        if (database.IsPostgreSql)
        {
            services.AddDbContext<OrdersDbContext, PostgreSqlOrdersDbContext>(o => o.UseNpgsql(database.ConnectionString, npgsql =>
            {
                if (settings.RetryBrokenConnections)
                {
                    npgsql.EnableRetryOnFailure();
                }
            }));
        }
        else
        {
            services.AddDbContext<OrdersDbContext, SqliteOrdersDbContext>(o => o.UseSqlite(database.ConnectionString));
        }

        services.AddScoped<OrderStore>();
        services.AddHealthChecks().AddDbContextCheck<OrdersDbContext>("database", tags: [Ready]);
        return services;
    }

    /// <summary>Applies the pending migrations (<c>--migrate</c>: a deployment's migration job, or a developer's
    /// SQLite file) and says which were applied.</summary>
    public static async Task<int> MigrateAsync(IServiceProvider services, TextWriter output)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
        var pending = (await db.Database.GetPendingMigrationsAsync()).ToList();
        await db.Database.MigrateAsync();
        output.WriteLine(pending.Count == 0 ? "database up to date" : $"applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        return 0;
    }
}
