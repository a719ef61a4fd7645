using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace OrdersApi.Tests;

/// <summary>Authentication and authorization: bad tokens are refused, roles gate writes, tenants never see each other.</summary>
[Collection(ServiceCollection.Name)]
[Trait("Category", "Auth")]
public sealed class AuthTests(ServiceFixture service)
{
    private static readonly object Order = new { customer = "Ada Lovelace", total = 12.5m };

    public static TheoryData<string> BadTokens => new()
    {
        "not-a-token",
        "a.b.c",
        "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ1c2VyLTEiLCJyb2xlIjoiYWRtaW4ifQ.",
        string.Empty,
    };

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Malformed_or_unsigned_tokens_are_refused(string token) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(token).GetAsync("/api/orders")).StatusCode);

    [Fact]
    public async Task No_token_is_refused() => Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client().GetAsync("/api/orders")).StatusCode);

    [Fact]
    public async Task An_expired_token_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(service.Token(expires: DateTime.UtcNow.AddMinutes(-10), notBefore: DateTime.UtcNow.AddMinutes(-20))).GetAsync("/api/orders")).StatusCode);

    [Fact]
    public async Task A_token_not_yet_valid_is_refused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(service.Token(notBefore: DateTime.UtcNow.AddMinutes(30), expires: DateTime.UtcNow.AddMinutes(60))).GetAsync("/api/orders")).StatusCode);

    [Theory]
    [InlineData("https://evil.example.com/orders")]
    [InlineData("http://login.example.com/orders")]
    [InlineData("https://login.example.com/other")]
    public async Task A_token_from_another_issuer_is_refused(string issuer) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(service.Token(issuer: issuer)).GetAsync("/api/orders")).StatusCode);

    [Theory]
    [InlineData("billing-api")]
    [InlineData("")]
    public async Task A_token_for_another_audience_is_refused(string audience) =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(service.Token(audience: audience)).GetAsync("/api/orders")).StatusCode);

    [Fact]
    public async Task A_token_signed_by_another_key_is_refused()
    {
        using var other = RSA.Create(2048);
        var token = service.Token(credentials: new SigningCredentials(new RsaSecurityKey(other), SecurityAlgorithms.RsaSha256));

        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(token).GetAsync("/api/orders")).StatusCode);
    }

    [Fact]
    public async Task Algorithm_confusion_with_the_public_key_as_an_hmac_secret_is_refused()
    {
        var token = service.Token(credentials: new SigningCredentials(new SymmetricSecurityKey(service.PublicKeyBytes), SecurityAlgorithms.HmacSha256));

        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(token).GetAsync("/api/orders")).StatusCode);
    }

    [Fact]
    public async Task A_tampered_payload_is_refused()
    {
        var parts = service.Token(role: "reader").Split('.');
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace("\"reader\"", "\"admin\"", StringComparison.Ordinal);
        var forged = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        Assert.Equal(HttpStatusCode.Unauthorized, (await service.Client(forged).PostAsJsonAsync("/api/orders", Order)).StatusCode);
    }

    [Fact]
    public async Task Another_scheme_is_refused()
    {
        var client = service.Client();
        client.DefaultRequestHeaders.Authorization = new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("admin:admin")));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/orders")).StatusCode);
    }

    [Theory]
    [InlineData("reader", HttpStatusCode.OK)]
    [InlineData("writer", HttpStatusCode.OK)]
    [InlineData("admin", HttpStatusCode.OK)]
    [InlineData("guest", HttpStatusCode.Forbidden)]
    [InlineData(null, HttpStatusCode.Forbidden)]
    public async Task Reading_needs_a_reading_role(string? role, HttpStatusCode expected) =>
        Assert.Equal(expected, (await service.Client(service.Token(role: role)).GetAsync("/api/orders")).StatusCode);

    [Theory]
    [InlineData("writer", HttpStatusCode.Created)]
    [InlineData("admin", HttpStatusCode.Created)]
    [InlineData("reader", HttpStatusCode.Forbidden)]
    [InlineData("guest", HttpStatusCode.Forbidden)]
    public async Task Writing_needs_a_writing_role(string role, HttpStatusCode expected) =>
        Assert.Equal(expected, (await service.Client(service.Token(role: role)).PostAsJsonAsync("/api/orders", Order)).StatusCode);

    [Fact]
    public async Task A_token_without_a_tenant_is_forbidden() =>
        Assert.Equal(HttpStatusCode.Forbidden, (await service.Client(service.Token(tenant: null)).GetAsync("/api/orders")).StatusCode);

    [Fact]
    public async Task One_tenant_never_sees_another_tenants_orders()
    {
        var created = await (await service.Client(service.Token(role: "writer", tenant: "tenant-a")).PostAsJsonAsync("/api/orders", new { customer = "Only A", total = 3m }))
            .Content.ReadFromJsonAsync<Dictionary<string, object>>();
        var other = service.Client(service.Token(role: "reader", tenant: "tenant-b"));

        var list = await other.GetStringAsync("/api/orders");
        var byId = await other.GetAsync($"/api/orders/{created!["id"]}");
        var own = await service.Client(service.Token(role: "reader", tenant: "tenant-a")).GetAsync($"/api/orders/{created["id"]}");

        Assert.DoesNotContain("Only A", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, byId.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/metrics")]
    public async Task Health_and_metrics_need_no_token(string path) =>
        Assert.Equal(HttpStatusCode.OK, (await service.Client().GetAsync(path)).StatusCode);
}
