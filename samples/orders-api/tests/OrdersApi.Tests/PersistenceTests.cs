using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace OrdersApi.Tests;

/// <summary>Orders are kept in the database the service's migrations made (SQLite here), under the caller's tenant.</summary>
[Collection(ServiceCollection.Name)]
public sealed class PersistenceTests(ServiceFixture service)
{
    [Fact]
    public async Task A_created_order_is_a_row_of_the_callers_tenant()
    {
        var tenant = $"persist-{Guid.NewGuid():N}";

        var response = await service.Client(service.Token(role: "writer", tenant: tenant)).PostAsJsonAsync("/api/orders", new { customer = "Ada", total = 12.5m });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<Order>();
        var row = await service.Database(db => db.Orders.AsNoTracking().SingleAsync(o => o.Id == created!.Id));
        Assert.Equal((tenant, "Ada", 12.5m), (row.Tenant, row.Customer, row.Total));
    }

    [Fact]
    public async Task The_database_has_every_migration_of_the_service_applied()
    {
        var (applied, all) = await service.Database(async db => (await db.Database.GetAppliedMigrationsAsync(), db.Database.GetMigrations()));

        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }
}
