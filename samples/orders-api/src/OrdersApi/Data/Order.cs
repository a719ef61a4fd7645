namespace OrdersApi;

/// <summary>An order, owned by one tenant.</summary>
internal sealed record Order(Guid Id, string Tenant, string Customer, decimal Total);
