namespace Pipeline.Readiness.Tests.Checks.Services;

/// <summary>A service gate's targets and parameters are checked before anything runs, and become the service
/// build's command line in a fixed order.</summary>
public sealed class ServiceGateOptionsTests
{
    [Fact]
    public void Targets_run_before_readiness_and_parameters_follow_by_name()
    {
        var options = new ServiceGateOptions
        {
            Targets = ["BuildImage"],
            Parameters = new Dictionary<string, string> { ["image-osv"] = "/osv", ["base-image"] = "pipeline-base/dotnet-deps:bookworm" },
        };

        Assert.Empty(options.Validate());
        Assert.Equal(["BuildImage", "Readiness", "--no-logo", "--base-image", "pipeline-base/dotnet-deps:bookworm", "--image-osv", "/osv"], options.Arguments);
    }

    [Fact]
    public void Every_bad_target_parameter_and_limit_is_named_at_once()
    {
        var options = new ServiceGateOptions
        {
            Targets = ["Readiness", "--skip"],
            Parameters = new Dictionary<string, string> { ["--base-image"] = "x", ["root"] = "/elsewhere" },
            Timeout = TimeSpan.Zero,
        };

        Assert.Equal(
        [
            "Targets: 'Readiness' is not a target name other than Readiness (Readiness always runs)",
            "Targets: '--skip' is not a target name other than Readiness (Readiness always runs)",
            "Parameters: '--base-image' is not a parameter name to give a service's build (a name without dashes, e.g. base-image)",
            "Parameters: 'root' is not a parameter name to give a service's build (a name without dashes, e.g. base-image)",
            "Timeout: must be positive (got 00:00:00)",
        ], options.Validate());
    }

    [Fact]
    public void The_services_gate_is_an_error_naming_the_bad_options_before_its_build_runs()
    {
        var setup = new ReadinessSetup().AddServiceGate("svc", new ServiceGateOptions { Targets = ["Readiness"] });
        var (_, check) = Assert.Single(setup.Checks);

        Assert.Equal(["Targets: 'Readiness' is not a target name other than Readiness (Readiness always runs)"], check.ValidateOptions());
    }
}
