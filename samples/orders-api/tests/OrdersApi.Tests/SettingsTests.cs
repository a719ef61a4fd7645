namespace OrdersApi.Tests;

/// <summary>The configuration the service reads and what its validation says about it.</summary>
public sealed class SettingsTests
{
    private static ServiceSettings Read(Dictionary<string, string> values) => ServiceSettings.FromEnvironment(values.GetValueOrDefault);

    private static readonly string PublicKey = System.Security.Cryptography.RSA.Create(2048).ExportSubjectPublicKeyInfoPem();

    [Fact]
    public void Defaults_are_local_json_logs_and_a_limit_of_100()
    {
        var settings = Read([]);

        Assert.Equal(("local", "json", 100, false), (settings.Environment, settings.LogFormat, settings.RateLimitPerMinute, settings.IsProduction));
    }

    [Fact]
    public void Production_without_authentication_is_an_error()
    {
        var (errors, _) = Read(new() { ["ENVIRONMENT"] = "production" }).Validate();

        Assert.Contains("AUTH_PROVIDER_TYPE is none: every request is anonymous", errors);
    }

    [Fact]
    public void A_public_key_that_is_not_pem_is_an_error_and_a_missing_issuer_a_warning()
    {
        var (errors, warnings) = Read(new() { ["AUTH_PROVIDER_TYPE"] = "oidc", ["JWT_PUBLIC_KEY"] = "not a key" }).Validate();

        Assert.Equal(["JWT_PUBLIC_KEY is not a PEM public key"], errors);
        Assert.Equal(["AUTH_PROVIDER_ISSUER is not set: tokens from any issuer would be accepted"], warnings);
    }

    [Fact]
    public void A_complete_production_configuration_is_valid_with_escaped_newlines_in_the_key()
    {
        var settings = Read(new()
        {
            ["ENVIRONMENT"] = "production",
            ["AUTH_PROVIDER_TYPE"] = "oidc",
            ["JWT_PUBLIC_KEY"] = PublicKey.ReplaceLineEndings("\\n"),
            ["AUTH_PROVIDER_ISSUER"] = "https://login.example.com/orders",
            ["CORS_ALLOWED_ORIGINS"] = "https://a.example.com, https://b.example.com",
            ["DATABASE_URL"] = "postgresql://orders@db.example.com/orders",
        });

        Assert.Equal((0, 0), (settings.Validate().Errors.Count, settings.Validate().Warnings.Count));
        Assert.Equal(["https://a.example.com", "https://b.example.com"], settings.CorsOrigins);
        Assert.NotNull(settings.PublicKey());
    }

    [Fact]
    public void An_ec_key_is_read_for_es256()
    {
        using var ec = System.Security.Cryptography.ECDsa.Create(System.Security.Cryptography.ECCurve.NamedCurves.nistP256);

        var settings = Read(new() { ["JWT_ALGORITHM"] = "ES256", ["JWT_PUBLIC_KEY"] = ec.ExportSubjectPublicKeyInfoPem() });

        Assert.IsAssignableFrom<System.Security.Cryptography.ECDsa>(settings.PublicKey());
    }
}
