using System.Security.Cryptography;

namespace OrdersApi;

/// <summary>The service's configuration, read from the environment under the checklist's names.</summary>
internal sealed record ServiceSettings(
    string Environment, string LogLevel, string LogFormat, string AuthProviderType, string JwtAlgorithm, string? JwtPublicKey,
    string? Issuer, bool EnforceTenantIsolation, IReadOnlyList<string> CorsOrigins, int RateLimitPerMinute, bool ExposeDocs)
{
    public bool IsProduction => Environment.Equals("production", StringComparison.OrdinalIgnoreCase);

    public static ServiceSettings FromEnvironment(Func<string, string?> read) => new(
        read("ENVIRONMENT") ?? "local",
        read("LOG_LEVEL") ?? "info",
        read("LOG_FORMAT") ?? "json",
        read("AUTH_PROVIDER_TYPE") ?? "none",
        read("JWT_ALGORITHM") ?? "RS256",
        read("JWT_PUBLIC_KEY")?.Replace("\\n", "\n", StringComparison.Ordinal),
        read("AUTH_PROVIDER_ISSUER"),
        (read("ENFORCE_TENANT_ISOLATION") ?? "true").Equals("true", StringComparison.OrdinalIgnoreCase),
        [.. (read("CORS_ALLOWED_ORIGINS") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        int.TryParse(read("RATE_LIMIT_PER_MINUTE"), out var limit) ? limit : 100,
        (read("EXPOSE_DOCS") ?? "false").Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Errors stop the service; warnings are printed (the checklist's settings.validate()).</summary>
    public (IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings) Validate()
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        if (AuthProviderType == "none")
        {
            (IsProduction ? errors : warnings).Add("AUTH_PROVIDER_TYPE is none: every request is anonymous");
        }

        if (AuthProviderType != "none" && PublicKey() is null)
        {
            errors.Add("JWT_PUBLIC_KEY is not a PEM public key");
        }

        if (string.IsNullOrWhiteSpace(Issuer))
        {
            warnings.Add("AUTH_PROVIDER_ISSUER is not set: tokens from any issuer would be accepted");
        }

        return (errors, warnings);
    }

    public AsymmetricAlgorithm? PublicKey()
    {
        if (string.IsNullOrWhiteSpace(JwtPublicKey))
        {
            return null;
        }

        try
        {
            AsymmetricAlgorithm key = JwtAlgorithm.StartsWith("ES", StringComparison.Ordinal) ? ECDsa.Create() : RSA.Create();
            key.ImportFromPem(JwtPublicKey);
            return key;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
