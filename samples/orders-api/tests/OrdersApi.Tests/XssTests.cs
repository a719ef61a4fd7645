using System.Net;
using System.Net.Http.Json;

namespace OrdersApi.Tests;

/// <summary>Markup in input is refused; what is stored comes back as JSON data, never as markup.</summary>
[Collection(ServiceCollection.Name)]
[Trait("Category", "Xss")]
public sealed class XssTests(ServiceFixture service)
{
    public static TheoryData<string> Payloads => [.. InjectionPayloads.Xss];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task Markup_as_the_customer_name_is_rejected(string payload)
    {
        var response = await service.Client(service.Token(role: "writer", tenant: $"xss-{Guid.NewGuid():N}")).PostAsJsonAsync("/api/orders", new { customer = payload, total = 1m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/api/orders")]
    [InlineData("/health")]
    [InlineData("/metrics")]
    public async Task Responses_are_never_html(string path)
    {
        var response = await service.Client(service.Token()).GetAsync(path);

        Assert.DoesNotContain("text/html", response.Content.Headers.ContentType?.MediaType ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_name_with_an_apostrophe_is_stored_as_data_and_returned_as_json()
    {
        var writer = service.Client(service.Token(role: "writer", tenant: $"xss-{Guid.NewGuid():N}"));

        var created = await writer.PostAsJsonAsync("/api/orders", new { customer = "Miles O'Brien", total = 2m });
        var list = await writer.GetAsync("/api/orders");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("application/json", list.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Miles O", await list.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docs_are_not_served_in_production() =>
        Assert.Equal(HttpStatusCode.NotFound, (await service.Client().GetAsync("/docs")).StatusCode);

    [Fact]
    public async Task A_foreign_origin_gets_no_cors_permission()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/orders");
        request.Headers.Add("Origin", "https://attacker.example.net");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        var response = await service.Client().SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
