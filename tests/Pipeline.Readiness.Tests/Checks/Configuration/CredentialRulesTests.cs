using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

/// <summary>"Database credentials rotated" as far as the repository shows it (issue 17): default credentials in the
/// configuration production gets fail it (and are no longer an "inline password" of <c>DATABASE_URL</c>, whose seed
/// words are "points to production database"); none leaves it an Error that names the attestation to record.</summary>
public sealed class CredentialRulesTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-credentials-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private async Task<Dictionary<string, CheckResult>> Rules() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions()).AddDefaultCredentialsCheck(), Root, c => c is ConfigurationRuleCheck)).ToDictionary(r => r.Item.Id, r => r.Result);

    private void Compose(string url) =>
        Write("docker-compose.yml", $"services:\n  app:\n    build: .\n    environment:\n      DATABASE_URL: \"{url}\"\n  db:\n    image: postgres:11.5-alpine\n");

    [Fact]
    public async Task The_images_default_user_and_password_fail_the_credentials_item_at_their_line_and_not_the_database_url()
    {
        Compose("postgresql://postgres:postgres@db/postgres");

        var rules = await Rules();

        var rotated = rules["security.database-credentials-rotated"];
        Assert.Equal(CheckStatus.Failed, rotated.Status);
        Assert.Equal(("docker-compose.yml", 5), (rotated.Findings[0].File, rotated.Findings[0].Line));
        Assert.Equal("DATABASE_URL at compose service 'app' at docker-compose.yml(5) holds a default user and password: change the initial credentials and keep them in a secret store", rotated.Summary);
        Assert.DoesNotContain("postgres:postgres", rotated.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, rules["configuration.database-url"].Status);
    }

    [Fact]
    public async Task A_placeholder_password_key_fails_and_a_real_inline_password_still_fails_the_database_url()
    {
        Write(".env.production", "DB_PASSWORD=changethis\nDATABASE_URL=postgresql://app:Xk39sQ2vLp@db.internal/app\n"); // pipeline:allow (a fake inline password the rule must find)

        var rules = await Rules();

        Assert.Equal(CheckStatus.Failed, rules["security.database-credentials-rotated"].Status);
        Assert.Equal(".env.production", rules["security.database-credentials-rotated"].Findings.Single().File);
        Assert.Contains("holds an inline password", rules["configuration.database-url"].Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Xk39sQ2vLp", rules["configuration.database-url"].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credentials_kept_outside_the_repository_leave_the_item_to_an_attestation()
    {
        Compose("postgresql://postgres:${POSTGRES_PASSWORD:?Variable not set}@db/postgres");

        var rotated = (await Rules())["security.database-credentials-rotated"];

        Assert.Equal(CheckStatus.Error, rotated.Status);
        Assert.Contains("let an attestation decide the item (setup.Override(Items.Security.DatabaseCredentialsRotated with { Binding = ItemBinding.Attestation(", rotated.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_in_code_is_the_developers_database_not_a_deployed_credential()
    {
        Write("app/config.py", "DATABASE_URL = 'x'\n");
        var settings = new PythonSettings([new ConfigurationEntry("DATABASE_URL", "postgresql://postgres:postgres@localhost:5432/app", "app/config.py", 3) { Layer = "the default of Settings.database_url" }], [], ["app/config.py"]);
        var view = ConfigurationView.Load(Root, new ConfigurationOptions(), [], settings);
        var context = new CheckContext(Items.Security.DatabaseCredentialsRotated, Root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);

        var rotated = await CredentialRules.DatabaseCredentialsRotated(view, new ConfigurationOptions(), context);
        var url = await EnvironmentRules.DatabaseUrl(view, new ConfigurationOptions(), context);

        Assert.Equal(CheckStatus.Error, rotated.Status);
        Assert.Equal(CheckStatus.Failed, url.Status);
        Assert.EndsWith("no production value: points at localhost, not the production database", url.Summary, StringComparison.Ordinal);
    }
}
