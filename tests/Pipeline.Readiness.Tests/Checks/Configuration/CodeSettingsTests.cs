using Pipeline.Readiness.Checks.Database.Rules;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Configuration;

/// <summary>Items that do not fit the stack (issue 17), from the service's own code when no configuration names the
/// seed's key: SQLAlchemy's <c>create_engine(…)</c> keywords (echo, pool size, pre-ping, recycle, with SQLAlchemy's
/// defaults when absent), and the storage items not applicable to a service that stores no files.</summary>
public sealed class CodeSettingsTests : IDisposable
{
    private readonly TemporaryRepository _repository = new("pipeline-code-settings-");

    public CodeSettingsTests() => Write("app/db.py", "from sqlalchemy import create_engine\n\n# engine = create_engine(url, echo=True)\nengine = create_engine(\n    str(settings.DATABASE_URL),\n    pool_pre_ping=True,\n    pool_size=20,\n)\n");

    public void Dispose() => _repository.Dispose();

    private string Root => _repository.Root;

    private void Write(string relative, string text) => _repository.Write(relative, text);

    private async Task<Dictionary<string, CheckResult>> Configuration() =>
        (await CheckRuns.RunAllAsync(new ReadinessSetup().AddConfigurationChecks(new ConfigurationOptions()), Root, c => c is ConfigurationRuleCheck)).ToDictionary(r => r.Item.Id, r => r.Result);

    private Task<CheckResult> Pool(PoolRule rule) => CheckRuns.RunAsync(new PoolSettingCheck(new PoolConfigurationOptions(), rule), Items.Database.PoolSize, Root);

    [Fact]
    public async Task The_engine_the_code_creates_decides_echo_and_the_pool_when_no_configuration_does()
    {
        var results = await Configuration();

        Assert.Equal((CheckStatus.Passed, "SQL echo is off: create_engine(...) at app/db.py(4) sets no echo (SQLAlchemy's default, off)"),
            (results["configuration.sql-echo-off"].Status, results["configuration.sql-echo-off"].Summary));
        Assert.Equal((CheckStatus.Passed, "pool_size=20 at app/db.py(4)"), ((await Pool(new PoolSizeRule())).Status, (await Pool(new PoolSizeRule())).Summary));
        Assert.Equal(CheckStatus.Passed, (await Pool(new PrePingRule())).Status);
        var recycle = await Pool(new PoolRecycleRule());
        Assert.Equal(CheckStatus.Failed, recycle.Status);
        Assert.StartsWith("create_engine(...) at app/db.py(4) sets no pool_recycle and nothing sets DB_POOL_RECYCLE: SQLAlchemy's default (-1) applies", recycle.Summary, StringComparison.Ordinal);

        Write("app/db.py", "engine = create_engine(url, echo=True)\n");
        Assert.Equal(CheckStatus.Failed, (await Configuration())["configuration.sql-echo-off"].Status);
    }

    [Fact]
    public async Task An_aspnet_service_is_judged_by_its_appsettings_and_ef_core_logging()
    {
        File.Delete(Path.Combine(Root, "app", "db.py"));
        Write("src/Web/appsettings.json", "{\n  \"ConnectionStrings\": {\n    \"CatalogConnection\": \"Server=(localdb)\\\\mssqllocaldb;Integrated Security=true;Initial Catalog=Catalog;\"\n  },\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Warning\" } }\n}\n");
        Write("src/Web/appsettings.Development.json", "{ \"Logging\": { \"LogLevel\": { \"Default\": \"Debug\" } } }\n");
        Write("src/Infrastructure/CatalogContext.cs", "public class CatalogContext : DbContext\n{\n    protected override void OnConfiguring(DbContextOptionsBuilder options) => options.EnableSensitiveDataLogging();\n}\n");

        var results = await Configuration();

        Assert.Equal(CheckStatus.Failed, results["configuration.database-url"].Status);
        Assert.Equal("ConnectionStrings:CatalogConnection='Server=(localdb)\\mssqllocaldb;Integrated Security=true;Initial Catalog=Catalog;' at src/Web/appsettings.json(3): SQL Server LocalDB, a developer's database",
            results["configuration.database-url"].Summary);
        Assert.Equal((CheckStatus.Passed, "Logging:LogLevel:Default='Warning' at src/Web/appsettings.json(5): as production needs"),
            (results["configuration.log-level"].Status, results["configuration.log-level"].Summary));
        Assert.Equal(CheckStatus.Failed, results["configuration.sql-echo-off"].Status);
        Assert.Contains("EnableSensitiveDataLogging at src/Infrastructure/CatalogContext.cs(3)", results["configuration.sql-echo-off"].Summary, StringComparison.Ordinal);

        Write("src/Web/Program.cs", "var app = builder.Build();\napp.UseHttpsRedirection();\napp.UseCors(static b => b.AllowAnyMethod()\n    .AllowAnyOrigin());\n");
        var network = await Configuration();
        Assert.Equal((CheckStatus.Passed, "the app sends plain http to https: UseHttpsRedirection at src/Web/Program.cs(2)"), (network["security.tls"].Status, network["security.tls"].Summary));
        Assert.Equal(CheckStatus.Failed, network["security.cors-restricted"].Status);
        Assert.StartsWith("AllowAnyOrigin() at src/Web/Program.cs(4)", network["security.cors-restricted"].Summary, StringComparison.Ordinal);

        Write("src/Web/appsettings.Production.json", "{ \"ConnectionStrings\": { \"CatalogConnection\": \"Server=sql.orders.internal;Database=Catalog;Authentication=Active Directory Managed Identity\" } }\n");
        Assert.Equal(CheckStatus.Passed, (await Configuration())["configuration.database-url"].Status);
    }

    [Fact]
    public async Task A_kubernetes_variable_reference_is_no_inline_password_and_a_database_url_is_no_https_url()
    {
        Write("k8s/deployment.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: api\n          env:\n            - name: DATABASE_URL\n              value: postgresql+asyncpg://$(POSTGRES_USER):$(POSTGRES_PASSWORD)@postgres.apps.svc.cluster.local:5432/app\n");

        var results = await Configuration();

        Assert.Equal(CheckStatus.Passed, results["configuration.database-url"].Status);
        Assert.NotEqual(CheckStatus.Passed, results["security.tls"].Status); // a postgresql+asyncpg:// URL is not an https one
    }

    [Fact]
    public async Task Storage_items_do_not_apply_to_a_service_that_stores_no_files()
    {
        var none = await Configuration();

        Assert.Equal(CheckStatus.NotApplicable, none["configuration.storage-provider"].Status);
        Assert.StartsWith("the service stores no files", none["configuration.storage-provider"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.NotApplicable, none["configuration.upload-limits"].Status);

        Write("app/files.py", "from fastapi import UploadFile\n\nasync def upload(file: UploadFile) -> None: ...\nSTORAGE_PROVIDER = os.environ.get('STORAGE_PROVIDER')\n");
        var uploads = await Configuration();

        Assert.Equal(CheckStatus.Failed, uploads["configuration.storage-provider"].Status);
        Assert.Equal(CheckStatus.Error, uploads["configuration.upload-limits"].Status); // MAX_FILE_SIZE_BYTES is no setting of this service
    }
}
