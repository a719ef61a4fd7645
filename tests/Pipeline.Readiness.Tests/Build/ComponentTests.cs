using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Build;

/// <summary>Readiness components (Nuke.Components style): a build implements the interfaces it wants, overrides their
/// typed settings, and the gate registers exactly the checks of what it implements.</summary>
[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class ComponentTests : IDisposable
{
    private static readonly string AccessKey = "AKIA" + "Z4XQ7WLM3KD9PQ2R"; // assembled so that no scanner flags this file
    private readonly BuildRun _run = new();

    public ComponentTests()
    {
        _run.WriteFile("vendor/settings.ini", $"aws_access_key_id = {AccessKey}\n");
        GitRepository.Init(_run.Root);
    }

    public void Dispose() => _run.Dispose();

    /// <summary>Only the secret items are in scope.</summary>
    private static void SecretItemsOnly(ReadinessSetup setup)
    {
        foreach (var item in Items.All.Where(i => i != Items.Security.NoSecretsInCode && i != Items.Security.NoEnvFile))
        {
            setup.Disable(item, "outside this test");
        }
    }

    public sealed class SecretsOnlyBuild : PipelineBuild, ICheckSecrets
    {
        public void ConfigureReadiness(ReadinessSetup setup) => SecretItemsOnly(setup);
    }

    public sealed class VendorExcludedBuild : PipelineBuild, ICheckSecrets
    {
        public SecretScanOptions SecretScanSettings => new() { ExcludePaths = ["vendor/**"] };

        public void ConfigureReadiness(ReadinessSetup setup) => SecretItemsOnly(setup);
    }

    public sealed class WholeGateBuild : PipelineBuild, IReadinessGate
    {
        public void ConfigureReadiness(ReadinessSetup setup)
        {
            SecretItemsOnly(setup);
            setup.Check(Items.Security.NoSecretsInCode, new TeamCheck());
        }

        public Task PublishAsync(CancellationToken cancellation)
        {
            File.WriteAllText(Path.Combine(RootDirectory, "published.txt"), "yes");
            return Task.CompletedTask;
        }
    }

    public sealed class PublishWithoutGateBuild : PipelineBuild, IPublish;

    private sealed class TeamCheck : ReadinessCheck
    {
        public override string Name => "team-secret-policy";

        public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "vendor secrets are approved"));
    }

    [Fact]
    public async Task A_single_component_brings_its_target_and_checks()
    {
        var (exit, output) = await _run.Run<SecretsOnlyBuild>(["CheckSecrets", "--no-logo"]);

        Assert.True(exit == 1, output);
        Assert.Matches(@"security\.no-secrets-in-code\s+Failed", output);
        Assert.Contains("vendor/settings.ini", File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "scoped", "CheckSecrets", "report.json")));
        Assert.DoesNotContain(AccessKey, output);
        Assert.DoesNotContain("Publish", (await _run.Run<SecretsOnlyBuild>(["--help"])).Output);
    }

    [Fact]
    public async Task Overridden_settings_reach_the_check()
    {
        var (exit, output) = await _run.Run<VendorExcludedBuild>(["CheckSecrets", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Contains("CheckSecrets: every item is Passed, Waived or Not applicable.", output);
    }

    [Fact]
    public async Task The_gate_component_releases_and_a_teams_own_check_wins_over_the_components()
    {
        var (exit, output) = await _run.Run<WholeGateBuild>(["Release", "--no-logo"]);

        Assert.True(exit == 0, output);
        Assert.Contains("team-secret-policy", File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "report.json")));
        Assert.True(File.Exists(Path.Combine(_run.Root, "published.txt")));
    }

    [Fact]
    public async Task Publish_without_the_gate_is_invalid_usage()
    {
        var (exit, output) = await _run.Run<PublishWithoutGateBuild>(["Publish", "--no-logo"]);

        Assert.Equal(2, exit);
        Assert.Contains("Target 'Publish' refers to", output);
    }
}
