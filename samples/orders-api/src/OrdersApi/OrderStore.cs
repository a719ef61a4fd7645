using System.Collections.Concurrent;

namespace OrdersApi;

/// <summary>An order, owned by one tenant.</summary>
internal sealed record Order(Guid Id, string Tenant, string Customer, decimal Total);

/// <summary>Orders kept per tenant: one tenant can never read another's.</summary>
internal sealed class OrderStore
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Order>> _byTenant = new(StringComparer.Ordinal);

    public IReadOnlyList<Order> List(string tenant) => _byTenant.TryGetValue(tenant, out var orders) ? [.. orders.Values.OrderBy(o => o.Customer, StringComparer.Ordinal)] : [];

    public Order? Find(string tenant, Guid id) => _byTenant.TryGetValue(tenant, out var orders) && orders.TryGetValue(id, out var order) ? order : null;

    public Order Add(string tenant, string customer, decimal total)
    {
        var order = new Order(Guid.NewGuid(), tenant, customer, total);
        _byTenant.GetOrAdd(tenant, _ => new())[order.Id] = order;
        return order;
    }
}
