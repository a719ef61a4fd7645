using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

public sealed class ConfigurationRuleTests : IDisposable
{
    private readonly ProductionConfiguration _configuration = new();

    public void Dispose() => _configuration.Dispose();

    /// <summary>Runs every rule; unless the options bring their own transport, the issuer's discovery document is served
    /// by a stand-in for the configured issuer.</summary>
    private async Task<Dictionary<string, CheckResult>> Check(ConfigurationOptions? options = null)
    {
        await using var discovery = await IssuerDiscoveryStandIn.StartAsync(_configuration.Values["AUTH_PROVIDER_ISSUER"]);
        options ??= new ConfigurationOptions();
        var setup = new ReadinessSetup().AddConfigurationChecks(options with { DiscoveryHandler = options.DiscoveryHandler ?? discovery.Handler });
        return (await CheckRuns.RunAllAsync(setup, _configuration.Root, c => c is ConfigurationRuleCheck)).ToDictionary(r => r.Check.Name, r => r.Result);
    }

    [Fact]
    public async Task A_production_configuration_passes_every_rule_with_its_source()
    {
        var lines = _configuration.Write();

        var results = await Check();

        Assert.Equal(14, results.Count);
        Assert.All(results, r => Assert.True(r.Value.Status == CheckStatus.Passed, $"{r.Key}: {r.Value.Summary}"));
        Assert.Equal($"JWT_ALGORITHM='RS256' at k8s/config.yaml({lines["JWT_ALGORITHM"]}): an asymmetric algorithm", results["jwt-algorithm"].Summary);
        Assert.Equal("DATABASE_URL=(Secret orders-db/url) at k8s/deployment.yaml(15): held in a Secret", results["database-url"].Summary);
        Assert.Contains("a valid RSA 2048 bits public key", results["jwt-public-key"].Summary);
    }

    [Theory]
    [InlineData("AUTH_PROVIDER_TYPE", "none", "auth-provider", "authentication is off")]
    [InlineData("JWT_ALGORITHM", "HS256", "jwt-algorithm", "a shared-secret algorithm")]
    [InlineData("JWT_PUBLIC_KEY", "not-a-key", "jwt-public-key", "not a PEM public key")]
    [InlineData("AUTH_PROVIDER_ISSUER", "http://login.example.com/orders", "issuer", "expected an https URL", "tls")]
    [InlineData("ENFORCE_TENANT_ISOLATION", "false", "tenant-isolation", "a multi-tenant deployment must enforce tenant isolation")]
    [InlineData("CORS_ALLOWED_ORIGINS", "*", "cors", "* must not be allowed in production")]
    [InlineData("CORS_ALLOWED_ORIGINS", "https://orders.example.com,http://localhost:3000", "cors", "http://localhost:3000 must not be allowed")]
    [InlineData("PAYMENTS_URL", "http://payments.example.com", "tls", "plain http; use https")]
    [InlineData("ENVIRONMENT", "development", "environment", "expected production")]
    [InlineData("LOG_LEVEL", "debug", "log-level", "debug logging in production")]
    [InlineData("SQLALCHEMY_ECHO", "true", "sql-echo", "SQL statements would be logged")]
    [InlineData("STORAGE_PROVIDER", "dropbox", "storage-provider", "expected one of local, azure, aws_s3, gcs", "storage-credentials")]
    [InlineData("MAX_FILE_SIZE_BYTES", "0", "upload-limits", "expected a whole number of bytes")]
    public async Task Each_rule_fails_naming_key_value_and_source(string key, string value, string check, string why, string? alsoBreaks = null)
    {
        _configuration.Values[key] = value;
        var lines = _configuration.Write();

        var results = await Check();

        var result = results[check];
        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal($"{key}='{value}' at k8s/config.yaml({lines[key]}): {why}", result.Summary[..Math.Min(result.Summary.Length, $"{key}='{value}' at k8s/config.yaml({lines[key]}): {why}".Length)]);
        Assert.Equal(("k8s/config.yaml", (int?)lines[key]), (result.Findings[0].File, result.Findings[0].Line));
        Assert.Equal(new[] { check, alsoBreaks }.OfType<string>().Order(), results.Where(r => r.Value.Status != CheckStatus.Passed).Select(r => r.Key).Order()); // one break, one rule (or its dependent)
    }

    [Fact]
    public async Task The_process_environment_wins_for_seed_keys_and_other_variables_are_not_read()
    {
        _configuration.Write();
        var environment = new Dictionary<string, string>
        {
            ["ENVIRONMENT"] = "staging",
            ["AUTH_PROVIDER_ISSUER"] = "http://login.example.com/orders",
            ["HTTP_PROXY"] = "http://proxy.internal:3128", // not a seed key: the TLS rule never sees it
        };

        var results = await Check(new ConfigurationOptions { Environment = environment });

        Assert.Equal("ENVIRONMENT='staging' at the process environment: expected production", results["environment"].Summary);
        Assert.Equal((null, null), (results["environment"].Findings[0].File, results["environment"].Findings[0].Line));
        var tls = Assert.Single(results["tls"].Findings); // HTTP_PROXY is not a seed key: never read
        Assert.Equal(("AUTH_PROVIDER_ISSUER='http://login.example.com/orders' at the process environment: plain http; use https", null, null), (tls.Message, tls.File, tls.Line));
        Assert.Equal(["environment", "issuer", "tls"], results.Where(r => r.Value.Status != CheckStatus.Passed).Select(r => r.Key).Order());
    }

    [Fact]
    public async Task A_weak_key_a_missing_credential_and_a_local_database_fail()
    {
        using var weak = RSA.Create(1024);
        _configuration.Values["JWT_PUBLIC_KEY"] = weak.ExportSubjectPublicKeyInfoPem();
        _configuration.Values.Remove("AWS_S3_BUCKET");
        _configuration.Values["DATABASE_URL"] = "postgresql://orders:s3cr3t-pw@localhost:5432/orders"; // pipeline:allow (a fake inline password the rule must mask)
        File.WriteAllText(Path.Combine(_configuration.Root, ".env.production"), "DATABASE_URL=postgresql://orders:s3cr3t-pw@localhost:5432/orders\n"); // pipeline:allow (a fake inline password the rule must mask)
        _configuration.Write();
        File.WriteAllText(Path.Combine(_configuration.Root, "k8s", "deployment.yaml"), File.ReadAllText(Path.Combine(_configuration.Root, "k8s", "deployment.yaml")).Split("      env:")[0]);

        var results = await Check();

        Assert.Contains("an RSA key of 1024 bits; use at least 2048", results["jwt-public-key"].Summary);
        Assert.Contains("needs AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY + AWS_S3_BUCKET or AWS_ROLE_ARN + AWS_S3_BUCKET; missing: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_S3_BUCKET", results["storage-credentials"].Summary);
        Assert.StartsWith("DATABASE_URL='postgresql://orders:***@localhost:5432/orders' at k8s/config.yaml(", results["database-url"].Summary);
        Assert.EndsWith("points at localhost, not the production database", results["database-url"].Summary);
        Assert.DoesNotContain("s3cr3t-pw", string.Join(" ", results.Values.Select(r => r.Summary)));
    }

    [Fact]
    public async Task A_missing_key_says_where_it_was_looked_for_and_mapped_names_are_used()
    {
        _configuration.Values.Remove("LOG_LEVEL");
        _configuration.Values["Logging__Level"] = "debug";
        _configuration.Write();

        var missing = await Check();
        var mapped = await Check(new ConfigurationOptions { Keys = new Dictionary<string, string> { ["LOG_LEVEL"] = "Logging__Level" } });

        Assert.Equal("LOG_LEVEL is not set in k8s/config.yaml, k8s/deployment.yaml", missing["log-level"].Summary);
        Assert.StartsWith("Logging__Level='debug' at k8s/config.yaml(", mapped["log-level"].Summary);

        File.Delete(Path.Combine(_configuration.Root, "app", "settings.py")); // now nothing in the service names LOG_LEVEL
        var unknown = (await Check())["log-level"];
        Assert.Equal(CheckStatus.Error, unknown.Status);
        Assert.StartsWith("LOG_LEVEL is not a setting of this service: neither its code nor any configuration file names it", unknown.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_single_tenant_deployment_makes_tenant_isolation_not_applicable()
    {
        _configuration.Values["MULTI_TENANT"] = "false";
        _configuration.Values.Remove("ENFORCE_TENANT_ISOLATION");
        _configuration.Write();

        var results = await Check();

        Assert.Equal(CheckStatus.NotApplicable, results["tenant-isolation"].Status);
        Assert.Contains("single-tenant", results["tenant-isolation"].Summary);
    }

    [Fact]
    public async Task The_issuer_is_compared_with_its_discovery_document()
    {
        // No OpenID provider runs here: a loopback HTTPS server serves the discovery document the real client reads.
        using var certificate = LoopbackServer.SelfSignedCertificate();
        var (app, uri) = await LoopbackServer.StartAsync(a => a.MapGet("/orders/.well-known/openid-configuration", () => Results.Json(new { issuer = "https://elsewhere.example.com/" })), certificate);
        await using var _ = app;
        _configuration.Values["AUTH_PROVIDER_ISSUER"] = $"{uri}orders";
        _configuration.Write();
        using var handler = LoopbackServer.Trusting(certificate);

        var results = await Check(new ConfigurationOptions { VerifyIssuerDiscovery = true, DiscoveryHandler = handler });

        Assert.Equal(CheckStatus.Failed, results["issuer"].Status);
        Assert.EndsWith("the discovery document names issuer 'https://elsewhere.example.com/'; tokens would be refused", results["issuer"].Summary);
    }

    [Fact]
    public Task An_issuer_whose_discovery_document_cannot_be_read_is_an_error_never_a_pass() =>
        Faults.FaultLedger.Case("weak fact: the issuer's discovery document is unreachable", Faults.FaultKind.FailOpen, async () =>
        {
            _configuration.Write();
            using var unreachable = new SocketsHttpHandler { ConnectCallback = (_, _) => throw new HttpRequestException("no route to the identity provider") };

            var results = await Check(new ConfigurationOptions { DiscoveryHandler = unreachable });
            var off = await Check(new ConfigurationOptions { VerifyIssuerDiscovery = false });

            Assert.Equal(CheckStatus.Error, results["issuer"].Status);
            Assert.Contains("its discovery document could not be read (HttpRequestException", results["issuer"].Summary);
            Assert.Equal(CheckStatus.Error, off["issuer"].Status);
            Assert.Contains("not compared with the issuer of its discovery document", off["issuer"].Summary);
        });
}
