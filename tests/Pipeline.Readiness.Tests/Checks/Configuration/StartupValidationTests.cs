using Pipeline.Readiness.Tests.Support;
namespace Pipeline.Readiness.Tests.Checks.Configuration;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class StartupValidationTests : IDisposable
{
    private readonly ProductionConfiguration _configuration = new();

    public void Dispose() => _configuration.Dispose();

    private Task<(CheckResult Validation, CheckResult Warnings)> Validate(params string[] command) => Validate(new Dictionary<string, string>(), command);

    private async Task<(CheckResult Validation, CheckResult Warnings)> Validate(Dictionary<string, string> standIns, params string[] command)
    {
        var run = new StartupValidationRun(new ConfigurationViews(new ConfigurationOptions { ValidationCommand = command.Length == 0 ? null : command, ValidationStandIns = standIns }));
        return (await CheckRuns.RunAsync(new StartupValidationCheck(run, warnings: false), Items.Configuration.ConfigValidation, _configuration.Root),
            await CheckRuns.RunAsync(new StartupValidationCheck(run, warnings: true), Items.Configuration.ConfigValidation, _configuration.Root));
    }

    [Fact]
    public async Task The_command_runs_with_the_production_configuration_as_its_environment()
    {
        _configuration.Write();

        var (validation, warnings) = await Validate("sh", "-c", "test \"$ENVIRONMENT\" = production && test \"$JWT_ALGORITHM\" = RS256 && echo settings valid");

        Assert.True(validation.Status == CheckStatus.Passed, validation.Summary);
        Assert.Equal(CheckStatus.Passed, warnings.Status);
    }

    [Fact]
    public async Task Stand_ins_give_the_command_the_values_kept_in_secrets_and_override_nothing_else()
    {
        _configuration.Write();

        var (without, _) = await Validate("sh", "-c", "test -n \"$DATABASE_URL\"");
        var (with, _) = await Validate(new Dictionary<string, string> { ["DATABASE_URL"] = "postgresql://orders@db.invalid/orders" },
            "sh", "-c", "test \"$DATABASE_URL\" = postgresql://orders@db.invalid/orders && test \"$ENVIRONMENT\" = production");

        Assert.Equal(CheckStatus.Failed, without.Status);
        Assert.True(with.Status == CheckStatus.Passed, with.Summary);
    }

    [Fact]
    public async Task A_failing_command_fails_validation_and_a_warning_fails_the_warnings_item()
    {
        _configuration.Values["LOG_LEVEL"] = "debug";
        _configuration.Write();

        var (validation, warnings) = await Validate("sh", "-c", "echo \"WARNING: LOG_LEVEL is $LOG_LEVEL\"; exit 3");

        Assert.Equal(CheckStatus.Failed, validation.Status);
        Assert.StartsWith("sh -c", validation.Summary);
        Assert.Contains("exited 3: WARNING: LOG_LEVEL is debug", validation.Summary);
        Assert.Equal(CheckStatus.Failed, warnings.Status);
        Assert.Equal("1 warning(s): WARNING: LOG_LEVEL is debug", warnings.Summary);
    }

    [Fact]
    public async Task No_command_is_an_error_and_a_broken_manifest_names_file_and_line()
    {
        var (unset, _) = await Validate();
        Directory.CreateDirectory(Path.Combine(_configuration.Root, "k8s"));
        File.WriteAllText(Path.Combine(_configuration.Root, "k8s", "broken.yaml"), "kind: ConfigMap\ndata:\n  A: [unclosed\n");
        var (broken, _) = await Validate("true");

        Assert.Equal(CheckStatus.Error, unset.Status);
        Assert.StartsWith("no validation command configured", unset.Summary);
        Assert.Equal(CheckStatus.Error, broken.Status);
        Assert.Contains("k8s/broken.yaml(", broken.Summary);
        Assert.Contains("not valid YAML", broken.Summary);
    }
}
