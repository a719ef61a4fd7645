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
        var fromSource = new List<(ChecklistItem Item, ReadinessCheck Check)> // beside the probe: what the source settles alone
        {
            (Readiness.Items.Security.NoDebugEndpoints, python is not null ? new FastApiDocsCheck() : new SourceRuntimeCheck(SourceRuntimeCheck.Kind.DebugEndpoints)),
            (Readiness.Items.Monitoring.MetricsExposed, new SourceRuntimeCheck(SourceRuntimeCheck.Kind.MetricsExposed)),
            (Readiness.Items.Security.RateLimiting, python is not null ? new RateLimitWiringCheck(".") : new SourceRuntimeCheck(SourceRuntimeCheck.Kind.RateLimiting)),
        };
        var team = fromSource.Where(c => setup.Has(c.Item)).Select(c => c.Item).ToList();

        foreach (var (item, check) in fromSource.Where(c => !team.Contains(c.Item)))
        {
            setup.Check(item, check);
        }

        if ((component.RuntimeProbeSettings ?? Discovered(python)) is not { } settings)
        {
            setup.AddMissing([.. Probed.Where(i => !fromSource.Any(c => c.Item == i) || team.Contains(i))
                .Select(i => (i, (ReadinessCheck)new UnconfiguredCheck("runtime", "no service to probe: set RuntimeProbeSettings (the command that starts it) or disable the item")))]);
            // A Python service's rate limiter is decided from its source alone when it is not run ("SlowAPI middleware
            // configured"); the other source checks only settle failures, so without a probe the rest stays undecided.
            foreach (var item in fromSource.Select(c => c.Item).Where(i => !team.Contains(i) && !(python is not null && i == Readiness.Items.Security.RateLimiting)))
            {
                setup.Check(item, new UnconfiguredCheck("runtime", "no service to probe: set RuntimeProbeSettings (the command that starts it) or disable the item"));
            }

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

        var run = setup.AddRuntimeProbes(settings, [.. fromSource.Select(c => c.Item).Where(i => !team.Contains(i))]); // beside the source checks registered above
        if (component is ICheckMonitoring monitoring)
        {
            // Beside the static checks of the monitoring module; an item the team let an attestation decide gets none.
            foreach (var (item, check) in new (ChecklistItem Item, ReadinessCheck Check)[]
            {
                (Readiness.Items.Monitoring.DashboardImported, new GrafanaDashboardCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync)),
                (Readiness.Items.Monitoring.AlertRules, new AlertRulesCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync)),
                (Readiness.Items.Database.PoolMetrics, new PoolMetricsCheck(monitoring.MonitoringSettings, run.ExposedMetricsAsync)),
            }.Where(c => setup.DecidedByChecks(c.Item)))
            {
                setup.Check(item, check);
            }
        }
    }
}
