using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Faults;

/// <summary>Secrets in configuration values never reach the console, report.json/md, JUnit, SARIF or evidence, in any
/// form a connection string or URL can take, and an inline password is never a pass (issue item 7).</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class SecretOutputFaultTests : IDisposable
{
    private const string IssuerPassword = "IssuerPw7x"; // pipeline:allow fake
    private const string CorsPassword = "CorsPw7x"; // pipeline:allow fake
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    public static TheoryData<string, string> DatabaseUrls => new()
    {
        { "keyword form", "Host=db.internal;Username=orders;Password=Kw9^%{}#/zLq" }, // pipeline:allow fake
        { "keyword form, quoted with a semicolon", "Server=db.internal;User Id=orders;Pwd='Kw9;zLq^%#/x'" }, // pipeline:allow fake
        { "URL form with ^ % { } # /", "postgresql://orders:Kw9^%{}#/zLq@db.internal:5432/orders" }, // pipeline:allow fake
        { "URL form, percent-encoded", "postgresql://orders:Kw9%40zLq%2Fx%23@db.internal/orders" }, // pipeline:allow fake
    };

    [Theory]
    [MemberData(nameof(DatabaseUrls))]
    public Task A_password_in_any_form_is_masked_everywhere_and_fails_the_item(string form, string databaseUrl) =>
        FaultLedger.Case($"leak: DATABASE_URL in {form}", FaultKind.Leak, async () =>
        {
            var password = databaseUrl.Contains("Kw9%40", StringComparison.Ordinal) ? "Kw9%40zLq%2Fx%23" : databaseUrl.Contains("Pwd=", StringComparison.Ordinal) ? "Kw9;zLq^%#/x" : "Kw9^%{}#/zLq";
            _run.WriteFile("deploy/production.env", $"""
                DATABASE_URL={databaseUrl}
                AUTH_PROVIDER_ISSUER=https://admin:{IssuerPassword}@login.example.com/orders
                CORS_ALLOWED_ORIGINS=https://orders.example.com,https://ops:{CorsPassword}@admin.example.com
                """);
            GitRepository.Init(_run.Root);

            var (exit, output) = await _run.Run<ConfigurationGateBuild>(["Readiness", "--no-logo"]);

            Assert.True(exit == 1, output);
            var outputs = Directory.GetFiles(Path.Combine(_run.Root, "artifacts"), "*", SearchOption.AllDirectories).Select(File.ReadAllText).Append(output).ToList();
            foreach (var secret in new[] { password, IssuerPassword, CorsPassword, "zLq" })
            {
                Assert.DoesNotContain(outputs, text => text.Contains(secret, StringComparison.Ordinal));
            }

            Assert.Matches(@"configuration\.database-url\s+Failed\s+DATABASE_URL='[^']*\*\*\*[^']*' at deploy/production\.env\(1\): holds an inline password", output);
        });

    [Fact]
    public void The_mask_keeps_what_is_not_a_password()
    {
        Assert.Equal("postgresql://orders:***@db.internal:5432/orders", CredentialMask.Apply("postgresql://orders:Kw9@x@db.internal:5432/orders")); // pipeline:allow fake
        Assert.Equal("Host=db;Username=u;Password=***;Pooling=true", CredentialMask.Apply("Host=db;Username=u;Password=p;Pooling=true")); // pipeline:allow fake
        Assert.Equal("https://orders.example.com,https://login.example.com/a?b=c", CredentialMask.Apply("https://orders.example.com,https://login.example.com/a?b=c"));
    }

    /// <summary>The whole gate with only the configuration items that print URLs (issuer discovery off: no network here).</summary>
    public sealed class ConfigurationGateBuild : ReadinessBuild
    {
        public ConfigurationOptions ConfigurationSettings => new() { VerifyIssuerDiscovery = false };

        protected override void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => i != Items.Configuration.DatabaseUrl && i != Items.Security.IssuerValidated && i != Items.Security.CorsRestricted))
            {
                setup.Disable(item, "outside this test");
            }
        }
    }
}
