using System.Text.RegularExpressions;

namespace OrdersApi;

/// <summary>The API: list, read and create orders of the caller's tenant (the token's <c>tenant</c> claim), behind
/// the role policies and the rate limiter. Customer names are validated, never echoed as markup.</summary>
internal static partial class OrderEndpoints
{
    public sealed record NewOrder(string Customer, decimal Total);

    public static void MapOrders(this WebApplication app, ServiceSettings settings)
    {
        var api = app.MapGroup("/api/orders");
        if (settings.RateLimitPerMinute > 0)
        {
            api.RequireRateLimiting(SecuritySetup.Limited);
        }

        api.MapGet("/", async (HttpContext http, OrderStore store) =>
            Tenant(http, settings) is { } tenant ? Results.Ok(await store.ListAsync(tenant, http.RequestAborted)) : Results.Forbid())
            .RequireAuthorization(SecuritySetup.Readers)
            .WithName("ListOrders").WithSummary("The caller's tenant's orders, by customer")
            .Produces<IReadOnlyList<Order>>().Refusals();
        api.MapGet("/{id:guid}", async (Guid id, HttpContext http, OrderStore store) =>
            Tenant(http, settings) is { } tenant ? await store.FindAsync(tenant, id, http.RequestAborted) is { } order ? Results.Ok(order) : Results.NotFound() : Results.Forbid())
            .RequireAuthorization(SecuritySetup.Readers)
            .WithName("GetOrder").WithSummary("One order of the caller's tenant")
            .Produces<Order>().Produces(StatusCodes.Status404NotFound).Refusals();
        api.MapPost("/", async (NewOrder order, HttpContext http, OrderStore store) =>
        {
            if (Tenant(http, settings) is not { } tenant)
            {
                return Results.Forbid();
            }

            if (!CustomerName().IsMatch(order.Customer) || order.Total is <= 0 or > 1_000_000)
            {
                return Results.ValidationProblem(new Dictionary<string, string[]> { ["order"] = ["customer must be 1-100 letters, digits, spaces or .,'- and total between 0 and 1,000,000"] });
            }

            var created = await store.AddAsync(tenant, order.Customer, order.Total, http.RequestAborted);
            return Results.Created($"/api/orders/{created.Id}", created);
        }).RequireAuthorization(SecuritySetup.Writers)
            .WithName("CreateOrder").WithSummary("Creates an order for the caller's tenant")
            .Produces<Order>(StatusCodes.Status201Created).ProducesValidationProblem().Refusals();
    }

    /// <summary>What every order endpoint may answer before it runs: no or a bad token, the wrong role or tenant, too
    /// many requests.</summary>
    private static RouteHandlerBuilder Refusals(this RouteHandlerBuilder endpoint) => endpoint
        .Produces(StatusCodes.Status401Unauthorized).Produces(StatusCodes.Status403Forbidden).Produces(StatusCodes.Status429TooManyRequests);

    private static string? Tenant(HttpContext http, ServiceSettings settings) =>
        http.User.FindFirst("tenant")?.Value is { Length: > 0 } tenant ? tenant : settings.EnforceTenantIsolation ? null : "default";

    [GeneratedRegex(@"^[\p{L}\p{N} .,'\-]{1,100}$")]
    private static partial Regex CustomerName();
}
