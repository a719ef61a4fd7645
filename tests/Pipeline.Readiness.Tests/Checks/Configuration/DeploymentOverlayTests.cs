using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

/// <summary>Deployment overlays as configuration layers (issue 17): Docker Compose <c>environment</c>/<c>env_file</c>
/// of the services built from the repository, Helm values, Skaffold releases, kustomize generators and DevSpace, each
/// value with file, line and layer; the layers in order "default in code" &lt; development overlay &lt; shared base &lt;
/// production, and a development value never taken for production's.</summary>
public sealed class DeploymentOverlayTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-overlays-");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    /// <summary>A pydantic default as the Python settings reader gives it (the reader itself is tested with Python in
    /// <c>PythonSettingsTests</c>).</summary>
    private static PythonSettings Default(string key, string value, int line) =>
        new([new ConfigurationEntry(key, value, "core/config.py", line) { Layer = $"the default of Settings.{key}" }], [], ["core/config.py"]);

    private ConfigurationView View(PythonSettings? settings = null) => ConfigurationView.Load(Root, new ConfigurationOptions(), [], settings);

    private CheckContext Context => new(Items.Security.Tls, Root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);

    private async Task<Dictionary<string, CheckResult>> Rules() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions()), Root, c => c is ConfigurationRuleCheck)).ToDictionary(r => r.Item.Id, r => r.Result);

    private const string Base = """
        services:
          db:
            image: postgres:18
            environment:
              - POSTGRES_PASSWORD=${POSTGRES_PASSWORD:?Variable not set}
              - LOG_LEVEL=debug
          backend:
            image: backend:latest
            build:
              context: .
            env_file:
              - backend.env
            environment:
              DATABASE_URL: postgresql://postgres:${POSTGRES_PASSWORD:?Variable not set}@db:5432/app
              SECRET_KEY: ${SECRET_KEY:?Variable not set}
              SMTP_USER:
              ENVIRONMENT: ${ENVIRONMENT}
        """;

    [Fact]
    public async Task Compose_gives_the_built_services_environment_with_file_line_and_layer_and_production_overlays_win()
    {
        Write("compose.yml", Base);
        Write("backend.env", "LOG_LEVEL=info\n");
        Write("compose.override.yml", "services:\n  backend:\n    environment:\n      FRONTEND_HOST: http://localhost:5173\n      LOG_LEVEL: debug\n");
        Write("compose.deploy.yml", "services:\n  backend:\n    environment:\n      FRONTEND_HOST: https://${DOMAIN:?Variable not set}\n");

        var view = View();

        Assert.Equal("compose service 'backend' at compose.yml(14)", view.Find("DATABASE_URL")!.Source);
        Assert.Equal(("https://${DOMAIN:?Variable not set}", "compose service 'backend' at compose.deploy.yml(4)"), (view.Find("FRONTEND_HOST")!.Value, view.Find("FRONTEND_HOST")!.Source));
        Assert.Equal(("info", "env_file of compose service 'backend' at backend.env(1)"), (view.Find("LOG_LEVEL")!.Value, view.Find("LOG_LEVEL")!.Source)); // the override's debug is development
        Assert.Equal("${SECRET_KEY}, set when compose runs", view.Find("SECRET_KEY")!.Reference);
        Assert.Null(view.Find("SMTP_USER")); // no value: compose passes the shell's through
        Assert.Null(view.Find("POSTGRES_PASSWORD")); // the database's own container is a dependency, not the service
        Assert.Contains(view.Entries, e => e is { Key: "LOG_LEVEL", Value: "debug", Kind: ConfigurationLayerKind.Development, File: "compose.override.yml" });

        var rules = await Rules();
        Assert.Equal((CheckStatus.Passed, "DATABASE_URL='postgresql://postgres:${POSTGRES_PASSWORD:?Variable not set}@db:5432/app' at compose service 'backend' at compose.yml(14): a production database URL"),
            (rules["configuration.database-url"].Status, rules["configuration.database-url"].Summary)); // the password is a reference, not inline
        Assert.Equal(CheckStatus.Passed, rules["security.tls"].Status);
        Assert.Equal(CheckStatus.Passed, rules["configuration.log-level"].Status);
        Assert.Equal(CheckStatus.Error, rules["configuration.environment-production"].Status);
        Assert.Contains("ENVIRONMENT=(${ENVIRONMENT}, set when compose runs) at compose service 'backend' at compose.yml(17): the value is filled in when the deployment runs", rules["configuration.environment-production"].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_default_in_code_is_judged_as_what_production_gets_and_says_so_until_a_production_overlay_sets_the_key()
    {
        Write("compose.yml", "services:\n  backend:\n    build: .\n");
        Write("docker-compose.override.yml", "services:\n  backend:\n    build: .\n    environment:\n      - FRONTEND_HOST=https://dev.example.org\n");
        var settings = Default("FRONTEND_HOST", "http://localhost:3000", 88);

        var before = await NetworkRules.Tls(View(settings), new ConfigurationOptions(), Context);

        Assert.Equal(CheckStatus.Failed, before.Status);
        Assert.Equal("FRONTEND_HOST='http://localhost:3000' at the default of Settings.FRONTEND_HOST at core/config.py(88), no production value: plain http; use https", before.Summary);

        Write("docker-compose.prod.yml", "services:\n  backend:\n    environment:\n      - FRONTEND_HOST=https://orders.example.org\n");
        var after = await NetworkRules.Tls(View(settings), new ConfigurationOptions(), Context);

        Assert.Equal((CheckStatus.Passed, "1 configured URLs use https; 0 Ingress(es) terminate TLS"), (after.Status, after.Summary));
    }

    [Fact]
    public async Task A_key_only_a_development_overlay_sets_is_not_set_for_production_and_the_reason_names_the_overlay()
    {
        Write("app/settings.py", "LOG_LEVEL = os.environ[\"LOG_LEVEL\"]\n");
        Write("devspace.yaml", """
            deployments:
              api:
                helm:
                  values:
                    containers:
                      - image: api
                        env:
                          - name: LOG_LEVEL
                            value: info
            """);

        var result = (await Rules())["configuration.log-level"];

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.EndsWith("; only a development overlay sets it: devspace.yaml(8)", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Helm_values_and_skaffold_releases_set_the_containers_environment_by_layer()
    {
        Write("chart/Chart.yaml", "apiVersion: v2\nname: api\nversion: 1.0.0\n");
        Write("chart/values.yaml", "api:\n  env:\n    - name: LOG_LEVEL\n      value: debug\n    - name: DATABASE_URL\n      valueFrom:\n        secretKeyRef: { name: api-db, key: url }\n");
        Write("chart/values-prod.yaml", "api:\n  env:\n    LOG_LEVEL: warning\n");
        Write("chart/values-dev.yaml", "api:\n  env:\n    ENVIRONMENT: development\n");
        Write("skaffold.yaml", """
            apiVersion: skaffold/v4beta11
            kind: Config
            deploy:
              helm:
                releases:
                  - name: api
                    chartPath: chart
                    setValues:
                      api.env.ENVIRONMENT: staging
            profiles:
              - name: production
                deploy:
                  helm:
                    releases:
                      - name: api
                        chartPath: chart
                        setValues:
                          api.env.ENVIRONMENT: production
                          image.tag: "1.2"
            """);

        var view = View();

        Assert.Equal(("warning", "Helm values at chart/values-prod.yaml(3)"), (view.Find("LOG_LEVEL")!.Value, view.Find("LOG_LEVEL")!.Source));
        Assert.Equal("Secret api-db/url", view.Find("DATABASE_URL")!.Reference);
        Assert.Equal(("production", "setValues of skaffold release 'api' (profile production) at skaffold.yaml(18)"), (view.Find("ENVIRONMENT")!.Value, view.Find("ENVIRONMENT")!.Source));
        Assert.DoesNotContain(view.Entries, e => e.Key == "tag");
        Assert.Contains(view.Entries, e => e is { Key: "ENVIRONMENT", Value: "development", Kind: ConfigurationLayerKind.Development });
    }

    [Fact]
    public void Kustomize_generators_of_the_production_overlay_win_over_the_base_and_generated_secrets_stay_unread()
    {
        Write("k8s/base/kustomization.yaml", "resources: []\nconfigMapGenerator:\n  - name: api\n    literals:\n      - LOG_LEVEL=debug\n      - ENVIRONMENT=staging\n");
        Write("k8s/overlays/production/kustomization.yaml",
            "resources: [../../base]\nconfigMapGenerator:\n  - name: api\n    behavior: merge\n    envs: [api.env]\nsecretGenerator:\n  - name: api-db\n    literals:\n      - DATABASE_URL=postgresql://app:s3cr3t-Pa55@db.internal/app\n"); // pipeline:allow (a fake password the generator must never keep)
        Write("k8s/overlays/production/api.env", "ENVIRONMENT=production\n");
        Write("k8s/overlays/dev/kustomization.yaml", "configMapGenerator:\n  - name: api\n    literals: [LOG_LEVEL=trace]\n");

        var view = View();

        Assert.Equal(("debug", "kustomize configMapGenerator 'api' at k8s/base/kustomization.yaml(5)"), (view.Find("LOG_LEVEL")!.Value, view.Find("LOG_LEVEL")!.Source));
        Assert.Equal(("production", "k8s/overlays/production/api.env(1)"), (view.Find("ENVIRONMENT")!.Value, view.Find("ENVIRONMENT")!.File + "(" + view.Find("ENVIRONMENT")!.Line + ")"));
        Assert.Equal(("", "Secret generated by kustomize secretGenerator 'api-db'"), (view.Find("DATABASE_URL")!.Value, view.Find("DATABASE_URL")!.Reference));
        Assert.DoesNotContain(view.Entries, e => e.Value.Contains("s3cr3t", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cors_origins_listed_from_settings_are_judged_by_the_value_production_gets()
    {
        Write("app/main.py", "app.add_middleware(\n    CORSMiddleware,\n    allow_origins=[settings.FRONTEND_HOST],\n)\n");
        var settings = Default("FRONTEND_HOST", "http://localhost:5173", 26);

        var local = await NetworkRules.Cors(View(settings), new ConfigurationOptions(), Context);

        Assert.Equal(CheckStatus.Failed, local.Status); // the list is not the literal text "settings.FRONTEND_HOST"
        Assert.Contains("allows http://localhost:5173", local.Summary, StringComparison.Ordinal);

        Write("compose.deploy.yml", "services:\n  backend:\n    build: .\n    environment:\n      FRONTEND_HOST: https://${DOMAIN:?Variable not set}\n");
        var deployed = await NetworkRules.Cors(View(settings), new ConfigurationOptions(), Context);

        Assert.Equal(CheckStatus.Passed, deployed.Status);
        Assert.Equal("CORSMiddleware(allow_origins=[settings.FRONTEND_HOST]) at app/main.py(3) with FRONTEND_HOST='https://${DOMAIN:?Variable not set}' at compose service 'backend' at compose.deploy.yml(5): https production origins only", deployed.Summary);
    }

    [Theory]
    [InlineData("compose.yml", "Shared")]
    [InlineData("docker-compose.override.yml", "Development")]
    [InlineData("deploy/dev/compose.yml", "Development")]
    [InlineData("compose.deploy.yml", "Production")]
    [InlineData("docker-compose.production.yml", "Production")]
    [InlineData("k8s/overlays/prod", "Production")]
    [InlineData("k8s/base", "Shared")]
    public void A_files_layer_follows_the_words_of_its_path(string path, string expected) =>
        Assert.Equal(expected, DeploymentLayers.KindOf(path, ConfigurationLayerKind.Shared).ToString());
}
