using System.Security.Cryptography;

namespace OrdersApi;

/// <summary>The service's configuration, read from the environment under the checklist's names.</summary>
internal sealed record ServiceSettings(
    string Environment, string LogLevel, string LogFormat, string AuthProviderType, string JwtAlgorithm, string? JwtPublicKey,
    string? Issuer, bool EnforceTenantIsolation, IReadOnlyList<string> CorsOrigins, int RateLimitPerMinute, bool ExposeDocs,
    string? DatabaseUrlText, int? PoolSize, int? PoolRecycleSeconds, bool SqlEcho, bool RetryBrokenConnections)
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
        (read("EXPOSE_DOCS") ?? "false").Equals("true", StringComparison.OrdinalIgnoreCase),
        read("DATABASE_URL"),
        int.TryParse(read("DB_POOL_SIZE"), out var size) ? size + (int.TryParse(read("DB_MAX_OVERFLOW"), out var overflow) ? overflow : 0) : null,
        int.TryParse(read("DB_POOL_RECYCLE"), out var recycle) ? recycle : null,
        (read("SQL_ECHO") ?? "false").Equals("true", StringComparison.OrdinalIgnoreCase),
        (read("DB_POOL_PRE_PING") ?? "false").Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>The database named by <c>DATABASE_URL</c> (validated by <see cref="Validate"/> first).</summary>
    /// <remarks>The pool holds at most <c>DB_POOL_SIZE</c> + <c>DB_MAX_OVERFLOW</c> connections, each recycled after
    /// <c>DB_POOL_RECYCLE</c> seconds; <c>DB_POOL_PRE_PING</c> retries a command that met a broken connection.</remarks>
    public DatabaseUrl Database => DatabaseUrl.Parse(DatabaseUrlText, PoolSize, PoolRecycleSeconds);

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

        try
        {
            if (!Database.IsPostgreSql && IsProduction)
            {
                warnings.Add("DATABASE_URL names SQLite: production runs on PostgreSQL");
            }
        }
        catch (FormatException e)
        {
            errors.Add(e.Message); // the message names the expected form, never the value (it may hold a password)
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
