using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Tokens;

namespace OrdersApi;

/// <summary>JWT bearer validation (issuer, audience, algorithm, key from the configuration), role policies, CORS for
/// the configured origins, and a fixed-window rate limiter on the API.</summary>
internal static class SecuritySetup
{
    public const string Readers = "orders.read";
    public const string Writers = "orders.write";
    public const string Limited = "api";

    public static void AddOrdersAuthentication(this IServiceCollection services, ServiceSettings settings)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = settings.Issuer,
                ValidAudience = "orders-api",
                ValidAlgorithms = [settings.JwtAlgorithm],
                IssuerSigningKey = settings.PublicKey() switch
                {
                    System.Security.Cryptography.RSA rsa => new RsaSecurityKey(rsa),
                    System.Security.Cryptography.ECDsa ec => new ECDsaSecurityKey(ec),
                    _ => null,
                },
                RoleClaimType = "role",
                NameClaimType = "sub",
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Readers, p => p.RequireRole("reader", "writer", "admin"))
            .AddPolicy(Writers, p => p.RequireRole("writer", "admin"));
    }

    public static void AddOrdersLimits(this IServiceCollection services, ServiceSettings settings)
    {
        services.AddCors(o => o.AddDefaultPolicy(p => p.WithOrigins([.. settings.CorsOrigins]).AllowAnyHeader().WithMethods("GET", "POST")));
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddFixedWindowLimiter(Limited, w =>
            {
                w.PermitLimit = Math.Max(settings.RateLimitPerMinute, 1);
                w.Window = TimeSpan.FromMinutes(1);
                w.QueueLimit = 0;
            });
        });
    }
}
