using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

/// <summary>Auth items on services that do not use the seed's keys (issue 17): the scheme, algorithm and issuer
/// check are read from the code — an app issuing its own HS256 tokens authenticates, but fails the algorithm, public
/// key and issuer items naming the code; ASP.NET Identity's opaque bearer tokens make the JWT items not applicable.</summary>
public sealed class AuthEvidenceTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-auth-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private async Task<Dictionary<string, CheckResult>> Check() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions()), Root, c => c is ConfigurationRuleCheck)).ToDictionary(r => r.Item.Id, r => r.Result);

    [Fact]
    public async Task An_app_issuing_its_own_hs256_tokens_authenticates_but_fails_the_jwt_items()
    {
        Write("app/security.py", "import jwt\n\nALGORITHM = \"HS256\"\n\ndef create(data, key):\n    return jwt.encode(data, key, algorithm=ALGORITHM)\n");
        Write("app/deps.py", "from fastapi.security import OAuth2PasswordBearer\n\noauth2 = OAuth2PasswordBearer(tokenUrl=\"/login\")\n\ndef user(token, key):\n    return jwt.decode(token, key, algorithms=[ALGORITHM])\n");

        var results = await Check();

        Assert.Equal((CheckStatus.Passed, "the service authenticates requests itself: OAuth2PasswordBearer at app/deps.py(3) (it has no AUTH_PROVIDER_TYPE setting)"),
            (results["security.auth-provider"].Status, results["security.auth-provider"].Summary));
        Assert.Equal(CheckStatus.Failed, results["security.jwt-algorithm"].Status);
        Assert.StartsWith("HS256 at app/security.py(3): a shared-secret algorithm", results["security.jwt-algorithm"].Summary, StringComparison.Ordinal);
        Assert.Equal(("app/security.py", (int?)3), (results["security.jwt-algorithm"].Findings[0].File, results["security.jwt-algorithm"].Findings[0].Line));
        Assert.Equal(CheckStatus.Failed, results["security.jwt-public-key"].Status);
        Assert.Equal(CheckStatus.Failed, results["security.issuer-validated"].Status);
        Assert.StartsWith("jwt.decode(...) without issuer= at app/deps.py(6)", results["security.issuer-validated"].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opaque_identity_bearer_tokens_make_the_jwt_items_not_applicable()
    {
        Write("src/Infrastructure/DependencyInjection.cs", "builder.Services.AddAuthentication()\n    .AddBearerToken(IdentityConstants.BearerScheme);\n");

        var results = await Check();

        Assert.Equal(CheckStatus.Passed, results["security.auth-provider"].Status);
        Assert.Equal(CheckStatus.NotApplicable, results["security.jwt-algorithm"].Status);
        Assert.Equal(CheckStatus.NotApplicable, results["security.jwt-public-key"].Status);
        Assert.Equal(CheckStatus.NotApplicable, results["security.issuer-validated"].Status);
    }
}
