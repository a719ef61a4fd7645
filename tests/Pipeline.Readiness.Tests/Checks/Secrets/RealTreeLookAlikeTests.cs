namespace Pipeline.Readiness.Tests.Checks.Secrets;

/// <summary>The look-alikes and misses measured on real repositories (issue 17), each as a small fixture: assignment
/// rules know the file's language (in code a value needs quotes; a name, call, member or type is never a secret),
/// vendors' published examples and fixtures of rejected tokens are not credentials, documentation's illustrative
/// passwords and default-credential URLs are examples; and the vendor formats gitleaks found that we missed are found.</summary>
public sealed class RealTreeLookAlikeTests
{
    private static List<string> Rules(string text, string file) => [.. new SecretScanner().Scan(text + "\n", file).Select(m => m.Rule.Id)];

    [Theory]
    [InlineData("app/main.py", "    app_with_middleware: FastAPI,")]
    [InlineData("app/logs.py", "    token1 = _request_id_var.set(None)")]
    [InlineData("app/storage.py", "            sas_token = generate_blob_sas(")]
    [InlineData("docs/reports.md", "            aws_secret_access_key=settings.aws_secret_access_key,")]
    [InlineData("pkg/rules.go", "\tSecretParts: map[string]string{")]
    [InlineData("cryptography/hazmat/primitives/serialization/ssh.py", "_SK_START = b\"-----BEGIN OPENSSH PRIVATE KEY-----\"")] // a parser's marker, found in a real image (issue 20)
    [InlineData("lib/pem.c", "static const char header[] = \"-----BEGIN RSA PRIVATE KEY-----\";")]
    [InlineData("pkg/rules.go", "\tTokenPattern: regexp.MustCompile(`[a-z]+`),")]
    [InlineData("src/Options.cs", "    public string ClientSecret = string.Empty;")]
    [InlineData("src/Options.cs", "        AccessToken = default;")]
    [InlineData("src/Options.cs", "        upload_token = Xq3vR8mZ2kT7pL4wN9bY5cH1;")] // a name in code, not a literal
    [InlineData("web/config.json", "  \"baseUrlTokenName\": \"API_BASE_URL\",")]
    [InlineData("docs/activity_logging.md", "    \"old_password\": \"SecurePass123!\",")]
    [InlineData("docs/activity_logging.md", "    \"new_password\": \"NewPass456!\",")]
    [InlineData("QUICKSTART.md", "DATABASE_URL=postgresql+asyncpg://postgres:postgres@localhost:5432/myapp")]
    [InlineData("compose.yaml", "      AMQP_URL: amqp://guest:guest@rabbitmq:5672/")]
    [InlineData("tests/test_auth.py", "INVALID_SIGNATURE_TOKEN = \"eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.invalid\"")]
    [InlineData("tests/test_jwt.py", "JWT_IO = \"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c\"")]
    [InlineData("tests/test_billing.py", "stripe.api_key = \"sk_test_4eC39HqLyjWDarjtT1zdp7dc\"")]
    [InlineData(".devcontainer/devcontainer.json", "    // \"ASPNETCORE_Kestrel__Certificates__Default__Password\": \"SecurePwdGoesHere\",")]
    public void A_look_alike_measured_on_a_real_tree_is_not_a_finding(string file, string line)
    {
        Assert.Empty(Rules(line, file));
    }

    [Theory]
    [InlineData(".env", "UPLOAD_TOKEN=Xq3vR8mZ2kT7pL4wN9bY5cH1", "secret.unquoted-assignment")] // pipeline:allow fake
    [InlineData("config/signing.json", "{\"key\":\"-----BEGIN RSA PRIVATE KEY-----\\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunVTLw\\n-----END RSA PRIVATE KEY-----\"}", "secret.private-key")] // pipeline:allow fake
    [InlineData("deploy/values.yaml", "  apiToken: Xq3vR8mZ2kT7pL4wN9bY5cH1", "secret.unquoted-assignment")] // pipeline:allow fake
    [InlineData("app/settings.py", "UPLOAD_TOKEN = \"Xq3vR8mZ2kT7pL4wN9bY5cH1\"", "secret.generic-secret")] // pipeline:allow fake
    [InlineData("compose.yaml", "      DATABASE_URL: postgres://orders:Vb7tQ2mX9kLw4zR8@db:5432/orders", "secret.url-password")] // pipeline:allow fake
    [InlineData("docs/setup.md", "OPENAI_API_KEY=sk-proj-HAZt9xslXTTIQrh6bpy0VAq3GZuO2R8UziJdi0Y4T3BlbkFJmj4TIJZ9RnvIh4TOetAfG82EOMjRZA0G6vbBxKd5", "secret.openai-api-key")] // pipeline:allow fake
    [InlineData("app/llm.py", "client = Anthropic(api_key=\"sk-ant-api03-Tg9VaZEoBFUhIiJyqGNSOvQmIQbgSc7I8gzNHj_crZ_YxzGtoBgNOOgu1lNGZ9jkECHuLg_Y_C04j6BD9OyUd2gQvDOVwAA\")", "secret.anthropic-api-key")] // pipeline:allow fake
    [InlineData("deploy/dns.env", "CLOUDFLARE_API_TOKEN=_WntBwCLfHgHam8K5TJWlCDC2GiIJECasqla05Dv", "secret.cloudflare-api-key")] // pipeline:allow fake
    [InlineData("scripts/sync.sh", "export LINEAR_KEY=lin_api_WvndrgHQSabhET5tNnXgX601bDI0W7o3Pb2zYhB9", "secret.linear-api-key")] // pipeline:allow fake
    [InlineData("deploy/vault.hcl", "token = \"hvs.dVIdm_Iqrww8IL0_Az6aHWvfWV1YcOU3suuhviI1p7F0sChqpeRAtRmExinG_YKjYsfBCH5yXHMW5jQJjkLI7uFZ34s9\"", "secret.vault-token")] // pipeline:allow fake
    [InlineData("ci/gitlab.yml", "  GITLAB_TOKEN: glpat-7AeNpk5TjXpBJuIWCWGZis8pFqG", "secret.gitlab-token")] // pipeline:allow fake
    [InlineData("ci/publish.sh", "ART_KEY=AKCpmxaOhvFeBf4Gypke7sesv6WDuj9jVrty3u6KGOjBg80W4POX5YqpnnI3x1UByr8ftz6Pn", "secret.artifactory-token")] // pipeline:allow fake
    [InlineData("docs/credentials.txt", "Secret Access Key: ObehT/Z2HM5u1ByAUzDWj6zTq94lqE3YDZW/QEPX", "secret.aws-secret-access-key")] // pipeline:allow fake
    [InlineData("config/storage.json", "{\"accountName\":\"orders\",\"accountKey\":\"Bw/b8m09mx/dH8qzuGsepL4glLHNWHedKjhJLS9BnfVV95Q/UCboStWokfYo7sz4gIcnmr8CNMMQc3lXa7nPP6==\"}", "secret.azure-storage-account-key")] // pipeline:allow fake
    public void A_credential_gitleaks_finds_is_found(string file, string line, string rule)
    {
        Assert.Contains(rule, Rules(line, file));
    }

    [Fact]
    public async Task Build_output_is_never_scanned()
    {
        using var repository = new Pipeline.Tests.Support.BuildRun();
        repository.WriteFile("artifacts/packages/leak.env", "UPLOAD_TOKEN=Xq3vR8mZ2kT7pL4wN9bY5cH1\n"); // pipeline:allow fake
        repository.WriteFile(".nuke/temp/evidence/cached.env", "UPLOAD_TOKEN=Xq3vR8mZ2kT7pL4wN9bY5cH1\n"); // pipeline:allow fake: the gate's own cache, in a repository that does not ignore .nuke/temp
        repository.WriteFile("app/main.py", "print('ok')\n");

        var result = await Support.CheckRuns.RunAsync(new SecretScanCheck(new SecretScanOptions()), Items.Security.NoSecretsInCode, repository.Root);

        Assert.Equal(CheckStatus.Passed, result.Status);
        Assert.DoesNotContain(result.Findings, f => f.File?.StartsWith("artifacts/", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(result.Findings, f => f.File?.StartsWith(".nuke/temp/", StringComparison.Ordinal) == true);
    }
}
