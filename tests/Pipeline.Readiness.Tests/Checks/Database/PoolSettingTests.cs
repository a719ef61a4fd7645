using Pipeline.Readiness.Checks.Database.Rules;
using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Database;

public sealed class PoolSettingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pipeline-pool-").FullName;

    /// <summary>The service reads the seed's variables (as a real one does), so a missing one is its deployment's omission.</summary>
    public PoolSettingTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "app"));
        Write("app/settings.cs", "static class Pool { static string?[] Read() => [Env(\"DB_POOL_SIZE\"), Env(\"DB_MAX_OVERFLOW\"), Env(\"DB_POOL_PRE_PING\"), Env(\"DB_POOL_RECYCLE\")]; }\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private void Write(string file, string content) => File.WriteAllText(Path.Combine(_root, file), content);

    private static class PoolSetting
    {
        public const string Size = "size", MaxOverflow = "maxoverflow", PrePing = "preping", Recycle = "recycle";
    }

    private async Task<Dictionary<string, CheckResult>> Check()
    {
        var results = new Dictionary<string, CheckResult>();
        foreach (var rule in new PoolRule[] { new PoolSizeRule(), new MaxOverflowRule(), new PrePingRule(), new PoolRecycleRule() })
        {
            results[rule.Name] = await CheckRuns.RunAsync(new PoolSettingCheck(new PoolConfigurationOptions(), rule), Items.Database.PoolSize, _root);
        }

        return results;
    }

    [Fact]
    public async Task The_seed_variables_pass_when_set_sensibly()
    {
        Write(".env.production", "# pool\nDB_POOL_SIZE=20\nexport DB_MAX_OVERFLOW=10\nDB_POOL_PRE_PING=\"true\"\nDB_POOL_RECYCLE=1800\n");

        var results = await Check();

        Assert.All(results.Values, r => Assert.Equal(CheckStatus.Passed, r.Status));
        Assert.Equal("DB_POOL_SIZE=20 at .env.production(2)", results[PoolSetting.Size].Summary);
    }

    [Fact]
    public async Task A_configmap_carries_the_variables_and_a_connection_string_in_a_secret_is_not_read()
    {
        Directory.CreateDirectory(Path.Combine(_root, "k8s"));
        Write("k8s/config.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\ndata:\n  DB_POOL_SIZE: \"20\"\n  DB_MAX_OVERFLOW: \"10\"\n  DB_POOL_PRE_PING: \"true\"\n");
        Write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          envFrom:\n            - configMapRef: { name: api }\n          env:\n            - name: DATABASE_URL\n              valueFrom:\n                secretKeyRef: { name: db, key: url }\n");

        var results = await Check();

        Assert.Equal("DB_POOL_SIZE=20 at k8s/config.yaml(6)", results[PoolSetting.Size].Summary);
        Assert.Equal(CheckStatus.Failed, results[PoolSetting.Recycle].Status);
        Assert.StartsWith("DB_POOL_RECYCLE is not set in k8s/config.yaml, k8s/deployment.yaml, and there is no plain ConnectionStrings:Default", results[PoolSetting.Recycle].Summary);
    }

    [Fact]
    public async Task A_variable_the_service_never_names_is_undecided_not_failed()
    {
        File.Delete(Path.Combine(_root, "app", "settings.cs"));
        Write(".env.production", "DB_POOL_SIZE=20\n");

        var results = await Check();

        Assert.Equal(CheckStatus.Passed, results[PoolSetting.Size].Status);
        Assert.Equal(CheckStatus.Error, results[PoolSetting.Recycle].Status);
        Assert.StartsWith("DB_POOL_RECYCLE is not a setting of this service", results[PoolSetting.Recycle].Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_or_missing_values_fail_naming_key_value_and_line()
    {
        Write(".env.production", "DB_POOL_SIZE=500\nDB_MAX_OVERFLOW=0\nDB_POOL_PRE_PING=false\n");

        var results = await Check();

        Assert.Equal("DB_POOL_SIZE=500 at .env.production(1): expected a whole number from 1 to 100", results[PoolSetting.Size].Summary);
        Assert.Equal("DB_MAX_OVERFLOW=0 at .env.production(2): expected a whole number of at least 1 (burst capacity)", results[PoolSetting.MaxOverflow].Summary);
        Assert.Equal("DB_POOL_PRE_PING=false at .env.production(3): expected true", results[PoolSetting.PrePing].Summary);
        Assert.StartsWith("DB_POOL_RECYCLE is not set in", results[PoolSetting.Recycle].Summary);
        var finding = Assert.Single(results[PoolSetting.PrePing].Findings);
        Assert.Equal((".env.production", (int?)3, "pool.preping"), (finding.File, finding.Line, finding.Rule));
    }

    [Fact]
    public async Task Npgsql_keywords_of_the_connection_string_count_when_the_variables_are_absent()
    {
        Write("appsettings.Production.json", """
            {
              // production
              "ConnectionStrings": {
                "Default": "Host=db;Database=orders;Maximum Pool Size=40;Minimum Pool Size=40;Keepalive=30"
              }
            }
            """);

        var results = await Check();

        Assert.Equal(CheckStatus.Passed, results[PoolSetting.Size].Status);
        Assert.Equal(CheckStatus.Passed, results[PoolSetting.PrePing].Status);
        Assert.Equal(CheckStatus.Failed, results[PoolSetting.MaxOverflow].Status);
        Assert.StartsWith("ConnectionStrings:Default at appsettings.Production.json(4): Maximum Pool Size must be set above Minimum Pool Size (40)", results[PoolSetting.MaxOverflow].Summary);
        Assert.Equal(CheckStatus.Failed, results[PoolSetting.Recycle].Status);
    }

    [Fact]
    public async Task No_settings_file_is_an_error_and_a_malformed_one_names_its_line()
    {
        var none = await Check();
        Write(".env.production", "DB_POOL_SIZE=20\nthis line has no equals sign\n");
        var malformed = await Check();

        Assert.Equal(CheckStatus.Error, none[PoolSetting.Size].Status);
        Assert.StartsWith("none of the settings files or manifests exist", none[PoolSetting.Size].Summary);
        Assert.Equal(CheckStatus.Error, malformed[PoolSetting.Size].Status);
        Assert.Contains(".env.production(2): expected KEY=VALUE", malformed[PoolSetting.Size].Summary);
    }
}
