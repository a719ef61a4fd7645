using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Security.KeyVault.Secrets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.KeyVault;

/// <summary>A secret held by the fake vault.</summary>
public sealed record FakeSecret(string Value, bool Enabled, DateTimeOffset Updated, DateTimeOffset? Expires = null);

/// <summary>No Key Vault emulator exists, so this loopback HTTPS server speaks the REST subset the real SDK uses:
/// the 401 challenge (<c>WWW-Authenticate: Bearer authorization=…, resource=…</c>), then list and get of secrets.
/// One server per test class, with a self-signed certificate that only the test transport trusts.</summary>
public sealed class FakeKeyVault : IAsyncLifetime
{
    public const string Token = "fake-vault-token";
    private WebApplication? _app;
    private X509Certificate2? _certificate;

    public Dictionary<string, FakeSecret> Secrets { get; } = [];

    public Uri Uri { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _certificate = LoopbackServer.SelfSignedCertificate();

        (_app, Uri) = await LoopbackServer.StartAsync(app =>
        {
            app.Use(async (http, next) =>
            {
                if (http.Request.Headers.Authorization != $"Bearer {Token}")
                {
                    http.Response.StatusCode = 401;
                    http.Response.Headers.WWWAuthenticate = "Bearer authorization=\"https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000\", resource=\"https://vault.azure.net\"";
                    return;
                }

                await next(http);
            });
            app.MapGet("/secrets", () => Results.Json(new { value = Secrets.Select(s => Properties(s.Key, s.Value)), nextLink = (string?)null }));
            app.MapGet("/secrets/{name}/{version?}", (string name) => Secrets.TryGetValue(name, out var secret)
                ? Results.Json(new { value = secret.Value, id = $"{Uri}secrets/{name}/v1", attributes = Attributes(secret) })
                : Results.Json(new { error = new { code = "SecretNotFound", message = $"Secret not found: {name}" } }, statusCode: 404));
        }, _certificate);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        _certificate?.Dispose();
    }

    /// <summary>Real SDK options: trusts only this server's certificate, no retries, challenge resource not verified.</summary>
    public SecretClientOptions ClientOptions() => new()
    {
        DisableChallengeResourceVerification = true,
        Retry = { MaxRetries = 0, NetworkTimeout = TimeSpan.FromSeconds(10) },
        Transport = new HttpClientTransport(new HttpClient(LoopbackServer.Trusting(_certificate!))),
    };

    private object Properties(string name, FakeSecret secret) => new { id = $"{Uri}secrets/{name}", attributes = Attributes(secret) };

    private static object Attributes(FakeSecret secret) => new
    {
        enabled = secret.Enabled,
        created = secret.Updated.ToUnixTimeSeconds(),
        updated = secret.Updated.ToUnixTimeSeconds(),
        exp = secret.Expires?.ToUnixTimeSeconds(),
        recoveryLevel = "Recoverable+Purgeable",
    };
}

/// <summary>A credential that hands out the fake vault's token (DefaultAzureCredential cannot work offline).</summary>
public sealed class FakeTokenCredential(string token) : TokenCredential
{
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(token, DateTimeOffset.UtcNow.AddHours(1));

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
