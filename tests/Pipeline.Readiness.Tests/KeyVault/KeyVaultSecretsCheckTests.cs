using Azure.Identity;
using Pipeline.Readiness.KeyVault;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.KeyVault;

public sealed class KeyVaultSecretsCheckTests(FakeKeyVault vault) : IClassFixture<FakeKeyVault>
{
    private const string GoodValue = "Host=db.prod;Username=orders;Password=Zr8#kLq2!vN5xW"; // pipeline:allow fake, lives only in the fake vault
    private const string DefaultValue = "Host=db.prod;Username=postgres;Password=postgres"; // pipeline:allow the default the check must catch
    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    private KeyVaultOptions Options(Azure.Core.TokenCredential? credential = null, Uri? uri = null) => new()
    {
        VaultUri = uri ?? vault.Uri,
        DatabaseSecrets = ["database-url"],
        ApiKeySecrets = ["stripe-key"],
        Credential = credential ?? new FakeTokenCredential(FakeKeyVault.Token),
        ClientOptions = vault.ClientOptions(),
    };

    private async Task<CheckResult> Check(KeyVaultOptions? options = null, string secret = "database-url")
    {
        var check = new KeyVaultSecretsCheck(options ?? Options(), [secret], "database-credentials");
        var result = await CheckRuns.RunAsync(check, Items.Security.DatabaseCredentialsRotated, Path.GetTempPath());
        Assert.DoesNotContain("Zr8#kLq2", result.Summary + string.Join("", result.Findings.Select(f => f.Message)));
        Assert.DoesNotContain("Password=postgres", result.Summary + string.Join("", result.Findings.Select(f => f.Message)));
        return result;
    }

    private void Holds(string name, FakeSecret secret)
    {
        vault.Secrets.Clear();
        vault.Secrets[name] = secret;
    }

    [Fact]
    public async Task A_present_enabled_fresh_non_default_secret_passes()
    {
        Holds("database-url", new FakeSecret(GoodValue, true, Now.AddDays(-10), Now.AddDays(60)));

        var result = await Check();

        Assert.True(result.Status == CheckStatus.Passed, result.Summary);
    }

    [Fact]
    public async Task A_missing_secret_fails()
    {
        Holds("other", new FakeSecret(GoodValue, true, Now));

        var result = await Check();

        Assert.Equal((CheckStatus.Failed, "secret 'database-url' is missing from the vault"), (result.Status, result.Summary));
    }

    [Fact]
    public async Task A_disabled_secret_fails()
    {
        Holds("database-url", new FakeSecret(GoodValue, false, Now));

        Assert.Equal("secret 'database-url' is disabled", (await Check()).Summary);
    }

    [Fact]
    public async Task An_expired_secret_fails()
    {
        Holds("database-url", new FakeSecret(GoodValue, true, Now.AddDays(-5), Now.AddDays(-1)));

        Assert.StartsWith("secret 'database-url' expired on", (await Check()).Summary);
    }

    [Fact]
    public async Task A_secret_not_rotated_within_the_window_fails()
    {
        Holds("database-url", new FakeSecret(GoodValue, true, Now.AddDays(-120)));

        var result = await Check();

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.EndsWith("more than 90 days ago", result.Summary);
    }

    [Theory]
    [InlineData(DefaultValue, "holds a connection string with a well-known default password")]
    [InlineData("changeme", "holds a well-known default password")]
    [InlineData("sk_test_51HxYzAbCdEfGhIjKlMnOpQr", "holds a test-mode API key")] // pipeline:allow fake test key
    public async Task A_default_or_test_credential_fails_without_showing_the_value(string value, string why)
    {
        Holds("database-url", new FakeSecret(value, true, Now.AddDays(-1)));

        var result = await Check();

        Assert.Equal($"secret 'database-url' {why}", result.Summary);
        Assert.DoesNotContain(value, result.Summary);
    }

    [Fact]
    public async Task An_unreachable_vault_is_an_error()
    {
        var result = await Check(Options(uri: new Uri("https://127.0.0.1:1/")));

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.StartsWith("the vault https://127.0.0.1:1/ could not be read", result.Summary);
    }

    [Fact]
    public async Task Missing_credentials_are_an_error()
    {
        Holds("database-url", new FakeSecret(GoodValue, true, Now));

        var result = await Check(Options(credential: new ThrowingCredential()));

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("no credential available", result.Summary);
    }

    [Fact]
    public async Task A_rejected_token_is_an_error_not_a_pass()
    {
        Holds("database-url", new FakeSecret(GoodValue, true, Now));

        var result = await Check(Options(credential: new FakeTokenCredential("wrong-token")));

        Assert.Equal((CheckStatus.Error, $"the vault {vault.Uri} could not be read: access denied (HTTP 401)"), (result.Status, result.Summary));
    }

    [Fact]
    public void Options_are_validated_up_front()
    {
        var problems = new KeyVaultOptions { VaultUri = new Uri("http://vault.local/"), RotationDays = 0 }.Validate().ToList();

        Assert.Equal(3, problems.Count);
    }

    private sealed class ThrowingCredential : Azure.Core.TokenCredential
    {
        public override Azure.Core.AccessToken GetToken(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new CredentialUnavailableException("no credential available in this environment");

        public override ValueTask<Azure.Core.AccessToken> GetTokenAsync(Azure.Core.TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            throw new CredentialUnavailableException("no credential available in this environment");
    }
}
