using System.Net;
using System.Net.Http.Json;

namespace OrdersApi.Tests;

/// <summary>SQL injection strings are refused at the boundary or kept as plain data (a name may hold an apostrophe),
/// never executed, never a server error, and never touch other rows.</summary>
[Collection(ServiceCollection.Name)]
[Trait("Category", "SqlInjection")]
public sealed class SqlInjectionTests(ServiceFixture service)
{
    public static TheoryData<string> Payloads => [.. InjectionPayloads.Sql];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task A_payload_as_the_customer_name_is_rejected_or_kept_as_data(string payload)
    {
        var writer = service.Client(service.Token(role: "writer", tenant: $"sql-{Guid.NewGuid():N}"));
        await writer.PostAsJsonAsync("/api/orders", new { customer = "Existing Customer", total = 5m });

        var response = await writer.PostAsJsonAsync("/api/orders", new { customer = payload, total = 10m });
        var stored = await writer.GetFromJsonAsync<List<Dictionary<string, object>>>("/api/orders");

        Assert.Contains(response.StatusCode, new[] { HttpStatusCode.BadRequest, HttpStatusCode.Created });
        var expected = response.StatusCode == HttpStatusCode.Created ? new[] { "Existing Customer", payload } : ["Existing Customer"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored!.Select(o => o["customer"].ToString()!).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("1%20OR%201=1")]
    [InlineData("%27%20OR%20%271%27=%271")]
    [InlineData("1;DROP%20TABLE%20orders")]
    [InlineData("00000000-0000-0000-0000-000000000000'--")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2527%2520OR%2520%25271%2527%253D%25271")]
    public async Task A_payload_in_the_order_id_never_reaches_the_store(string id)
    {
        var response = await service.Client(service.Token()).GetAsync($"/api/orders/{id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
