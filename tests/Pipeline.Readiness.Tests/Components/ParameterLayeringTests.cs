using Pipeline.Readiness.KeyVault;
using Pipeline.Readiness.PostgreSql;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Components;

/// <summary>A build's settings override adjusts the defaults; a parameter given on the command line still wins, so no
/// parameter is lost by overriding a settings property (the reference service used to re-thread each by hand).</summary>
public sealed class ParameterLayeringTests : IDisposable
{
    private readonly BuildRun _run = new();

    public void Dispose() => _run.Dispose();

    /// <summary>Overrides every settings property that a parameter feeds, without mentioning the parameter, and prints
    /// what the registered checks were given.</summary>
    public sealed class OverridingBuild : PipelineBuild, IReadinessGate, IScanImage, ICheckDatabase, ICheckVault
    {
        public ImageScanOptions ImageScanSettings => new() { Image = "from-settings:1", ExpectedPorts = ["8080/tcp"] };

        public EfCoreMigrationOptions? EfCoreMigrationSettings => new() { Project = "src/App/App.csproj" };

        public PostgreSqlOptions PostgreSqlSettings => new() { Schemas = ["orders"] };

        public KeyVaultOptions VaultSettings => new() { DatabaseSecrets = ["db-password"] };

        public PublishSettings PublishSettings => new() { Configuration = "Release" };

        private Target Show => _ => _.Executes(() =>
        {
            var checks = ReadinessState.Of(this).Setup.Checks.Select(c => c.Check).ToList();
            Log.Information($"image={checks.OfType<ImageScanCheck>().Single().Options.Image}|{((IScanImage)this).ImageToScan}");
            Log.Information($"efcore={checks.OfType<EfCoreTargetCheck>().Single().Options.TargetConnection}|{checks.OfType<EfCoreTargetCheck>().Single().Options.Project}");
            Log.Information($"postgresql={checks.OfType<PostgreSqlConnectivityCheck>().Single().Options.ConnectionString}|{string.Join(",", checks.OfType<PostgreSqlConnectivityCheck>().Single().Options.Schemas)}");
            Log.Information($"vault={checks.OfType<KeyVaultSecretsCheck>().First().Options.VaultUri}|{string.Join(",", checks.OfType<KeyVaultSecretsCheck>().First().Options.DatabaseSecrets)}");
            Log.Information($"publish={((IPublish)this).Publishing.Source}|{((IPublish)this).Publishing.Configuration}");
        });
    }

    [Fact]
    public async Task Overriding_a_settings_property_keeps_the_parameters_given_on_the_command_line()
    {
        var (exit, output) = await _run.Run<OverridingBuild>(["Show", "--image-name", "from-cli:2", "--target-database", "Data Source=target.db",
            "--database-connection", "Host=db.invalid", "--vault-uri", "https://orders.vault.azure.net/", "--publish-source", "artifacts/feed", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Contains("image=from-cli:2|from-cli:2", output);
        Assert.Contains($"efcore={SecretMasker.Mask}|src/App/App.csproj", output); // [Secret] parameters: masked in the log
        Assert.Contains($"postgresql={SecretMasker.Mask}|orders", output);
        Assert.Contains("vault=https://orders.vault.azure.net/|db-password", output);
        Assert.Contains("publish=artifacts/feed|Release", output);
    }

    [Fact]
    public async Task Without_the_parameters_the_overridden_settings_stand()
    {
        var (exit, output) = await _run.Run<OverridingBuild>(["Show", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Contains("image=from-settings:1|from-settings:1", output);
        Assert.Contains("efcore=|src/App/App.csproj", output);
        Assert.Contains("vault=|db-password", output);
        Assert.Contains("publish=|Release", output);
    }
}
