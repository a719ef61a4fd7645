using System.Text.Json;
using Pipeline.Readiness.KeyVault;
using Pipeline.Readiness.PostgreSql;
using Pipeline.Readiness.Tests.Support;
using Pipeline.Tests.Support;

namespace Pipeline.Readiness.Tests.Components;

/// <summary>Each component's target evaluates exactly the items its module decides: no item-to-target table to
/// drift (ProbeRuntime once missed operations.api-documentation), and no target that evaluates nothing.</summary>
[Trait("Category", "Slow")]
public sealed class ReadinessModuleTests : IDisposable
{
    private readonly BuildRun _run = new();

    public ReadinessModuleTests() => GitRepository.Init(_run.Root);

    public void Dispose() => _run.Dispose();

    /// <summary>Every component there is, with the team's passing stand-in for every item (so no tool runs) and the
    /// runtime probes configured, so that every module registers what it can.</summary>
    public sealed class EveryComponent : PipelineBuild, IReadinessGate, IScanImage, ICheckDatabase, ICheckVault
    {
        public void ConfigureReadiness(ReadinessSetup setup)
        {
            foreach (var item in Items.All.Where(i => i.Binding == ItemBinding.Check))
            {
                setup.Check(item, new StandIn());
            }
        }

        private sealed class StandIn : ReadinessCheck
        {
            public override string Name => "stand-in";

            public override Task<CheckResult> RunAsync(CheckContext context) => Task.FromResult(CheckResult.Passed(1, "stand-in"));
        }
    }

    public static TheoryData<string> Targets() => [.. ReadinessModules.Of(new EveryComponent()).Select(m => m.Target)];

    [Theory]
    [MemberData(nameof(Targets))]
    public async Task A_components_target_evaluates_exactly_the_items_its_module_decides(string target)
    {
        var module = ReadinessModules.Of(new EveryComponent()).Single(m => m.Target == target);

        var (exit, output) = await _run.Run<EveryComponent>([target, "--no-logo"]);

        Assert.True(exit == 0, output);
        using var report = JsonDocument.Parse(File.ReadAllText(Path.Combine(_run.Root, "artifacts", "readiness", "scoped", target, "report.json")));
        var evaluated = report.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(module.Items);
        Assert.Equal(module.Items.Select(i => i.Id).Order(StringComparer.Ordinal), evaluated);
    }

    [Fact]
    public void Every_check_a_component_registers_is_for_an_item_its_own_target_evaluates()
    {
        var build = new ProbingComponents();
        var setup = ReadinessState.Of(build).Setup;
        var modules = ReadinessModules.Of(build);

        Assert.NotEmpty(setup.Checks);
        Assert.All(setup.Checks, c => Assert.Contains(modules, m => m.Decides(c.Item)));
        Assert.Contains(setup.Checks, c => c.Item.Id == Items.Operations.ApiDocumentation.Id); // ProbeRuntime evaluates it now
        Assert.Contains(modules, m => m.Target == "ProbeRuntime" && m.Decides(Items.Operations.ApiDocumentation));
        Assert.Equal(modules.Count, modules.Select(m => m.Target).Distinct().Count());
    }

    [Fact]
    public void With_probe_settings_the_items_the_source_checks_only_settle_failures_of_are_decided_by_the_probe_too()
    {
        var setup = ReadinessState.Of(new ProbingComponents()).Setup;

        // The source checks say "not applicable: the probe of the running service decides"; without the probe beside
        // them the item would pass the gate undecided.
        foreach (var item in new[] { Items.Monitoring.MetricsExposed, Items.Security.NoDebugEndpoints, Items.Security.RateLimiting })
        {
            Assert.Contains(setup.Checks, c => c.Item.Id == item.Id && c.Check is RuntimeProbeCheck);
        }
    }

    /// <summary>Every component with its defaults, and the runtime probes (with an OpenAPI document) configured.</summary>
    public sealed class ProbingComponents : PipelineBuild, IReadinessGate, IScanImage, ICheckDatabase, ICheckVault
    {
        public RuntimeProbeOptions? RuntimeProbeSettings => new() { Command = ["service"], OpenApi = new() };

        public DotNetCodeOptions DotNetCodeSettings => new() { Target = "App.sln" };
    }

    [Fact]
    public void The_connection_pool_settings_are_checked_by_a_plain_gate()
    {
        var setup = ReadinessState.Of(new PlainGate()).Setup;

        foreach (var item in new[] { Items.Database.PoolSize, Items.Database.MaxOverflow, Items.Database.PrePing, Items.Database.PoolRecycle })
        {
            Assert.Contains(setup.Checks, c => c.Item.Id == item.Id && c.Check.Name.StartsWith("pool-", StringComparison.Ordinal));
        }
    }

    public sealed class PlainGate : PipelineBuild, IReadinessGate;

    [Fact]
    public void An_item_the_team_lets_an_attestation_decide_gets_no_check_from_any_component()
    {
        // Found running ./build.sh Release: the reference services bind the pool metrics to an attestation, and the
        // runtime probes registered their pool-metrics check anyway, which threw before any check ran.
        var setup = ReadinessState.Of(new AttestingGate()).Setup;

        Assert.DoesNotContain(setup.Checks, c => c.Item.Id == Items.Database.PoolMetrics.Id || c.Item.Id == Items.Security.DatabaseCredentialsRotated.Id);
        Assert.Contains(setup.Checks, c => c.Item.Id == Items.Monitoring.AlertRules.Id);
    }

    public sealed class AttestingGate : PipelineBuild, IReadinessGate
    {
        public RuntimeProbeOptions? RuntimeProbeSettings => new() { Command = ["service"] };

        public void ConfigureReadiness(ReadinessSetup setup) =>
            setup.Override(Items.Database.PoolMetrics with { Binding = ItemBinding.Attestation(SignOffRole.Operations, 180) })
                .Override(Items.Security.DatabaseCredentialsRotated with { Binding = ItemBinding.Attestation(SignOffRole.Security, 90) });
    }

    [Fact]
    public void A_gate_without_an_image_component_judges_the_image_item_by_its_dockerfiles_and_one_with_it_does_not()
    {
        Assert.Equal(["dockerfile"], ReadinessState.Of(new PlainGate()).Setup.Checks.Where(c => c.Item.Id == Items.Security.ContainerImageScanned.Id).Select(c => c.Check.Name));
        Assert.DoesNotContain(ReadinessState.Of(new ProbingComponents()).Setup.Checks, c => c.Check is DockerfileRulesCheck);
    }

    [Fact]
    public void Default_credentials_decide_the_rotation_item_only_when_no_vault_component_does()
    {
        Assert.Equal(["default-credentials"], ReadinessState.Of(new PlainGate()).Setup.Checks.Where(c => c.Item.Id == Items.Security.DatabaseCredentialsRotated.Id).Select(c => c.Check.Name));
        Assert.DoesNotContain(ReadinessState.Of(new ProbingComponents()).Setup.Checks, c => c.Check.Name == "default-credentials");
    }

    [Fact]
    public async Task An_item_no_component_decides_says_which_component_would()
    {
        var setup = ReadinessState.Of(new PlainGate()).Setup;
        var check = setup.Checks.Single(c => c.Item.Id == Items.PreLaunch.DatabaseConnectivity.Id).Check;

        var result = await check.RunAsync(new CheckContext(Items.PreLaunch.DatabaseConnectivity, Path.GetTempPath(), "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None));

        Assert.Equal(CheckStatus.Error, result.Status);
        Assert.StartsWith("no check is registered for this item: implement ICheckDatabase (target ", result.Summary, StringComparison.Ordinal);
        Assert.Contains("ICheckDatabase (target CheckDatabase; parameter --database-connection, settings PostgreSqlSettings)", result.Summary, StringComparison.Ordinal);
        Assert.Contains("or register a check (setup.Check) or let an attestation decide it", result.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_component_whose_settings_throw_is_named_in_the_error_unwrapped()
    {
        var (exit, output) = await _run.Run<BrokenSettings>(["Lint", "--no-logo"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("could not register its checks: the solution is not configured", output);
        Assert.Matches(@"I(Lint|Test|ReportCoverage) could not register", output);
        Assert.DoesNotContain("target of an invocation", output);
    }

    public sealed class BrokenSettings : PipelineBuild, IReadinessGate
    {
        public DotNetCodeOptions DotNetCodeSettings => throw new InvalidOperationException("the solution is not configured");
    }

    [Fact]
    public async Task A_teams_check_for_an_item_decided_by_an_attestation_is_refused_naming_the_item()
    {
        var (exit, output) = await _run.Run<CheckOnAttestedItem>(["CheckSecrets", "--no-logo"]);

        Assert.NotEqual(0, exit);
        Assert.Contains("Item 'security.no-secrets-in-code' is decided by attestation, not by checks", output);
    }

    public sealed class CheckOnAttestedItem : PipelineBuild, ICheckSecrets
    {
        public void ConfigureReadiness(ReadinessSetup setup) =>
            setup.Override(Items.Security.NoSecretsInCode with { Binding = ItemBinding.Attestation(SignOffRole.Security, 30) })
                .Check(Items.Security.NoSecretsInCode, new EnvFileCheck(new SecretScanOptions()));
    }
}
