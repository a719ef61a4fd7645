using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>The pydantic settings class as the lowest configuration layer (read with <c>ast</c>, never imported) and
/// its <c>validate_config()</c> as the default validation entry point, run with the production configuration.</summary>
[Trait("Category", "Slow")]
public sealed class PythonSettingsTests : IDisposable
{
    private readonly PythonProjectFolder _project = new();

    public PythonSettingsTests()
    {
        _project.Write("svc/config.py", """
            from enum import Enum

            from pydantic_settings_that_may_be_missing import BaseSettings, Field, SettingsConfigDict


            class Mode(str, Enum):
                SAFE = "safe"


            class Settings(BaseSettings):
                model_config = SettingsConfigDict(env_prefix="SVC_")

                environment: str = "local"
                jwt_algorithm: str = Field(default="RS256", alias="JWT_ALGORITHM")
                db_pool_size: int = Field(5, ge=1)
                upload_limit: int = 10 * 1024 * 1024
                mode: Mode = Mode.SAFE
                secret_key: str

                def validate_config(self) -> list[str]:
                    return []


            settings = Settings()
            """);
    }

    public void Dispose() => _project.Dispose();

    private async Task<ConfigurationView> ViewAsync() =>
        await new ConfigurationViews(new ConfigurationOptions()).LoadAsync(new CheckContext(Items.Security.JwtAlgorithm, _project.Root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None));

    [Fact]
    public async Task Every_default_has_its_key_value_file_and_line_under_what_the_deployment_sets()
    {
        _project.Write(".env.production", "JWT_ALGORITHM=HS256\n");

        var view = await ViewAsync();

        Assert.Equal(("HS256", ".env.production(1)"), (view.Find("JWT_ALGORITHM")!.Value, view.Find("JWT_ALGORITHM")!.Source));
        Assert.Equal("the default of Settings.environment at svc/config.py(13), no production value", view.Find("SVC_ENVIRONMENT")!.Source);
        Assert.Equal(("5", 15), (view.Find("SVC_DB_POOL_SIZE")!.Value, view.Find("SVC_DB_POOL_SIZE")!.Line));
        Assert.Equal("10485760", view.Find("SVC_UPLOAD_LIMIT")!.Value);
        Assert.Equal("safe", view.Find("SVC_MODE")!.Value);
        Assert.Null(view.Find("SVC_SECRET_KEY")); // required, no default: not set
        Assert.Equal(["svc/config.py", ".env.production"], view.Sources);
    }

    [Fact]
    public async Task HS256_in_the_production_config_fails_the_algorithm_item_at_its_line()
    {
        _project.Write(".env.production", "ENVIRONMENT=production\nJWT_ALGORITHM=HS256\n");

        var result = await CheckRuns.RunAsync(new ConfigurationRuleCheck(new ConfigurationViews(new ConfigurationOptions()), "jwt-algorithm", AuthRules.Algorithm), Items.Security.JwtAlgorithm, _project.Root);

        Assert.Equal(CheckStatus.Failed, result.Status);
        Assert.Equal((".env.production", 2), (result.Findings[0].File, result.Findings[0].Line));
    }

    [Fact]
    public async Task The_discovered_validation_entry_point_runs_and_a_module_that_cannot_be_imported_is_an_error()
    {
        _project.Write(".env.production", "ENVIRONMENT=production\n");
        var views = new ConfigurationViews(new ConfigurationOptions());
        var result = await CheckRuns.RunAsync(new StartupValidationCheck(new StartupValidationRun(views), warnings: false), Items.Configuration.ConfigValidation, _project.Root);

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.Contains("svc.config.settings.validate_config() could not run: the settings module could not be imported (ModuleNotFoundError: No module named 'pydantic_settings_that_may_be_missing')",
            result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_that_raises_fails_and_returned_warnings_fail_the_warnings_item()
    {
        _project.Write("svc/config.py", """
            import os


            class BaseSettings:
                pass


            class Settings(BaseSettings):
                environment: str = "local"

                def validate_config(self) -> list[str]:
                    if os.environ.get("ENVIRONMENT") == "production" and os.environ.get("LOG_LEVEL") == "debug":
                        raise ValueError("LOG_LEVEL=debug in production")
                    return ["CORS allows localhost"]


            settings = Settings()
            """);
        _project.Write(".env.production", "ENVIRONMENT=production\nLOG_LEVEL=debug\n");
        var run = new StartupValidationRun(new ConfigurationViews(new ConfigurationOptions()));

        var failed = await CheckRuns.RunAsync(new StartupValidationCheck(run, warnings: false), Items.Configuration.ConfigValidation, _project.Root);
        _project.Write(".env.production", "ENVIRONMENT=production\nLOG_LEVEL=info\n");
        var warned = await CheckRuns.RunAsync(new StartupValidationCheck(new StartupValidationRun(new ConfigurationViews(new ConfigurationOptions())), warnings: true), Items.Configuration.NoWarnings, _project.Root);

        Assert.Equal(CheckStatus.Failed, failed.Status);
        Assert.Contains("ValueError: LOG_LEVEL=debug in production", failed.Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, warned.Status);
        Assert.Contains("warning: CORS allows localhost", warned.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_validation_of_the_developer_defaults_proves_nothing_about_production()
    {
        // Found on the seed's template: nothing in the repository sets ENVIRONMENT, so the configuration handed to
        // validate_config() was the settings class's own defaults (ENVIRONMENT=local), and its production rules never ran.
        _project.Write("svc/config.py", "class BaseSettings:\n    pass\n\n\nclass Settings(BaseSettings):\n    environment: str = \"local\"\n\n"
            + "    def validate_config(self) -> list[str]:\n        return []\n\n\nsettings = Settings()\n");
        var views = new ConfigurationViews(new ConfigurationOptions());

        var validation = await CheckRuns.RunAsync(new StartupValidationCheck(new StartupValidationRun(views), warnings: false), Items.Configuration.ConfigValidation, _project.Root);
        var warnings = await CheckRuns.RunAsync(new StartupValidationCheck(new StartupValidationRun(views), warnings: true), Items.Configuration.NoWarnings, _project.Root);

        Assert.Equal(CheckStatus.Error, validation.Status);
        Assert.Equal("the configuration it would validate is not production's (ENVIRONMENT='local' at the default of Settings.environment at svc/config.py(6), no production value: expected production), so the validation would prove nothing about production; set ENVIRONMENT=production where the deployment's configuration lives",
            validation.Summary);
        Assert.Equal(CheckStatus.Error, warnings.Status);
    }

    [Fact]
    public async Task A_development_settings_class_is_a_development_layer_and_the_services_logging_level_is_its_log_level()
    {
        // Found on nsidnev/fastapi-realworld-example-app: app/core/settings/app.py has logging_level = logging.INFO, and
        // DevAppSettings in development.py logging.DEBUG; the seed's LOG_LEVEL is not a field of the service.
        _project.Write("svc/settings/app.py", "import logging\n\nfrom pydantic import BaseSettings\n\n\nclass AppSettings(BaseSettings):\n    logging_level: int = logging.INFO\n");
        _project.Write("svc/settings/development.py", "import logging\n\nfrom svc.settings.app import AppSettings\n\n\nclass DevAppSettings(AppSettings):\n    logging_level: int = logging.DEBUG\n");

        var view = await ViewAsync();
        var result = await CheckRuns.RunAsync(new ConfigurationRuleCheck(new ConfigurationViews(new ConfigurationOptions()), "log-level", EnvironmentRules.LogLevel), Items.Configuration.LogLevel, _project.Root);

        Assert.Equal("LOGGING_LEVEL", view.KeyOf("LOG_LEVEL"));
        Assert.Contains(view.Entries, e => e is { Key: "LOGGING_LEVEL", Value: "debug", Kind: ConfigurationLayerKind.Development });
        Assert.Equal((CheckStatus.Passed, "LOGGING_LEVEL='info' at the default of AppSettings.logging_level at svc/settings/app.py(7), no production value: as production needs"), (result.Status, result.Summary));
    }
}
