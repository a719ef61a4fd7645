using Microsoft.EntityFrameworkCore;

namespace OrdersApi;

/// <summary>Orders of one tenant at a time: every query filters by the caller's tenant, so one tenant can never read
/// another's. Queries are LINQ, so every value reaches the database as a parameter.</summary>
internal sealed class OrderStore(OrdersDbContext db)
{
    public async Task<IReadOnlyList<Order>> ListAsync(string tenant, CancellationToken cancellation) =>
        await db.Orders.AsNoTracking().Where(o => o.Tenant == tenant).OrderBy(o => o.Customer).ToListAsync(cancellation);

    public Task<Order?> FindAsync(string tenant, Guid id, CancellationToken cancellation) =>
        db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Tenant == tenant && o.Id == id, cancellation);

    public async Task<Order> AddAsync(string tenant, string customer, decimal total, CancellationToken cancellation)
    {
        var order = new Order(Guid.NewGuid(), tenant, customer, total);
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellation);
        return order;
    }
}
