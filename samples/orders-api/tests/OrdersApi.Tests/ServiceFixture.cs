using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace OrdersApi.Tests;

/// <summary>The service in memory with a production configuration (set once: the settings are read from the process
/// environment), and tokens signed by the key pair whose public half it trusts.</summary>
public sealed class ServiceFixture : IDisposable
{
    public const string Issuer = "https://login.example.com/orders";
    private readonly RSA _signing = RSA.Create(2048);
    private readonly WebApplicationFactory<Program> _factory;
    private readonly string _database = Path.Combine(Directory.CreateTempSubdirectory("orders-api-tests-").FullName, "orders.db");

    public ServiceFixture()
    {
        Environment.SetEnvironmentVariable("ENVIRONMENT", "production");
        Environment.SetEnvironmentVariable("AUTH_PROVIDER_TYPE", "oidc");
        Environment.SetEnvironmentVariable("JWT_ALGORITHM", "RS256");
        Environment.SetEnvironmentVariable("JWT_PUBLIC_KEY", _signing.ExportSubjectPublicKeyInfoPem());
        Environment.SetEnvironmentVariable("AUTH_PROVIDER_ISSUER", Issuer);
        Environment.SetEnvironmentVariable("CORS_ALLOWED_ORIGINS", "https://orders.example.com");
        Environment.SetEnvironmentVariable("RATE_LIMIT_PER_MINUTE", "100000");
        Environment.SetEnvironmentVariable("LOG_LEVEL", "warning");
        Environment.SetEnvironmentVariable("DATABASE_URL", $"sqlite:///{_database}");
        _factory = new WebApplicationFactory<Program>();
        using var scope = _factory.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<OrdersDbContext>().Database.Migrate(); // the service's own SQLite migrations
    }

    /// <summary>Runs <paramref name="query"/> on the service's own database context.</summary>
    internal async Task<T> Database<T>(Func<OrdersDbContext, Task<T>> query)
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OrdersDbContext>());
    }

    public HttpClient Client(string? token = null)
    {
        var client = _factory.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        }

        return client;
    }

    /// <summary>A token as the identity provider would sign it; every part can be changed to make it wrong.</summary>
    public string Token(string? role = "reader", string? tenant = "acme", string issuer = Issuer, string audience = "orders-api",
        DateTime? expires = null, DateTime? notBefore = null, SigningCredentials? credentials = null)
    {
        var claims = new List<Claim> { new("sub", "user-1") };
        if (role is not null)
        {
            claims.Add(new Claim("role", role));
        }

        if (tenant is not null)
        {
            claims.Add(new Claim("tenant", tenant));
        }

        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(issuer, audience, claims, notBefore ?? now.AddMinutes(-1), expires ?? now.AddMinutes(10),
            credentials ?? new SigningCredentials(new RsaSecurityKey(_signing), SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    /// <summary>The public key's bytes, for the algorithm-confusion attack (HS256 keyed with the public key).</summary>
    public byte[] PublicKeyBytes => System.Text.Encoding.UTF8.GetBytes(_signing.ExportSubjectPublicKeyInfoPem());

    public void Dispose()
    {
        _factory.Dispose();
        _signing.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }
}

/// <summary>All test classes share one service.</summary>
[CollectionDefinition(Name)]
public sealed class ServiceCollection : ICollectionFixture<ServiceFixture>
{
    public const string Name = "service";
}
