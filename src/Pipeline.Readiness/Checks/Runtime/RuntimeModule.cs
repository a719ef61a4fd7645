namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>The <c>ProbeRuntime</c> target's items: what one run of the service decides (health, metrics, debug
/// endpoints, logs, request ids, rate limit, protected endpoints, load), the CORS preflight beside the configuration
/// rule, the served OpenAPI document, and, with <see cref="ICheckMonitoring"/>, the metrics the dashboard and alerts use.</summary>
internal sealed class RuntimeModule : ReadinessModule<IProbeRuntime>
{
    /// <summary>The items only a running service decides: an Error each when there is no service to probe.</summary>
    public static IReadOnlyList<ChecklistItem> Probed { get; } =
    [
        Readiness.Items.Security.HealthEndpointsOpen, Readiness.Items.Monitoring.MetricsExposed, Readiness.Items.Security.NoDebugEndpoints,
        Readiness.Items.Monitoring.StructuredLogging, Readiness.Items.Monitoring.RequestIdCorrelation, Readiness.Items.Security.RateLimiting,
        Readiness.Items.Security.RbacEnforced, Readiness.Items.Testing.LoadTest, Readiness.Items.Testing.PerformanceBaseline,
        Readiness.Items.Testing.CapacityLimits,
    ];

    public override string Target => "ProbeRuntime";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
    [
        .. Probed, Readiness.Items.Security.CorsRestricted, Readiness.Items.Operations.ApiDocumentation,
        Readiness.Items.Monitoring.DashboardImported, Readiness.Items.Monitoring.AlertRules, Readiness.Items.Database.PoolMetrics,
    ];

    /// <summary>What the pods get: every plain value of the deployment's configuration and the validation stand-ins
    /// for its secrets, with the probe's own <paramref name="environment"/> laid over it.</summary>
    private static Dictionary<string, string> DeploymentEnvironment(string root, ConfigurationOptions configuration, IReadOnlyDictionary<string, string> environment)
    {
        var deployment = ConfigurationView.Load(root, configuration).Environment(configuration.ValidationStandIns);
        foreach (var (name, value) in environment)
        {
            deployment[name] = value;
        }

        return deployment;
    }

    /// <summary>For a Python service with no probe settings: uvicorn serving the app its source names
    /// (<see cref="PythonApp.Find"/>) with the project's interpreter, or null.</summary>
    private static RuntimeProbeOptions? Discovered(PythonProject? project) =>
        project is not null && PythonApp.Find(project, ReadinessSetup.DefaultReportDirectory) is { } app
            ? new RuntimeProbeOptions
            {
                Command = [File.Exists(Path.Combine(project.Directory, ".venv", "bin", "python")) ? Path.Combine(project.Directory, ".venv", "bin", "python") : "python3",
                    "-m", "uvicorn", app, "--host", "127.0.0.1", "--port", "{port}"],
            }
            : null;

    protected override void Register(IProbeRuntime component, ReadinessSetup setup)
    {
        var python = PythonProject.Detect(component.RootDirectory);
        if (python is not null && !setup.Has(Readiness.Items.Security.NoDebugEndpoints))
        {
            setup.Check(Readiness.Items.Security.NoDebugEndpoints, new FastApiDocsCheck()); // beside the probe: FastAPI's docs are decided from the source
        }

        if ((component.RuntimeProbeSettings ?? Discovered(python)) is not { } settings)
        {
            // A Python service's rate limiter is read from its source when it is not run.
            setup.AddMissing([.. Probed.Select(i => (i, python is not null && i == Readiness.Items.Security.RateLimiting
                ? new RateLimitWiringCheck(".")
                : (ReadinessCheck)new UnconfiguredCheck("runtime", "no service to probe: set RuntimeProbeSettings (the command that starts it) or disable the item")))]);
            return;
        }

        if (component is ICheckConfiguration configuration)
        {
            try
            {
                settings = settings with { Environment = DeploymentEnvironment(component.RootDirectory, configuration.ConfigurationSettings, settings.Environment) };
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                setup.AddMissing([.. Probed.Select(i => (i, (ReadinessCheck)new UnconfiguredCheck("runtime", $"the service's environment could not be made from the deployment's configuration: {exception.Message}")))]);
                return;
            }
        }

        var run = setup.AddRuntimeProbes(settings);
        if (component is ICheckMonitoring monitoring)
        {
            setup.Check(Readiness.Items.Monitoring.DashboardImported, new GrafanaDashboardCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync))
                .Check(Readiness.Items.Monitoring.AlertRules, new AlertRulesCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync))
                .Check(Readiness.Items.Database.PoolMetrics, new PoolMetricsCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync));
        }
    }
}
