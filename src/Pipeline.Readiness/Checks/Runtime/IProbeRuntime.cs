namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>The runtime probes: the service started on loopback with its production configuration, then health and
/// metrics open, no debug endpoints, JSON logs, request-id correlation, CORS refused, rate limiter, protected endpoints,
/// and a bounded load test whose figures go into the report. With <see cref="ICheckMonitoring"/>, the dashboard and
/// alert metrics are compared with what <c>/metrics</c> serves.</summary>
[ReadinessModule<RuntimeModule>]
public interface IProbeRuntime : IReadinessComponent
{
    /// <summary>How to start and probe the service; null leaves the runtime items an Error saying so.</summary>
    RuntimeProbeOptions? RuntimeProbeSettings => null;

    /// <summary>The runtime probes.</summary>
    Target ProbeRuntime => _ => _.Description("Starts the service on loopback and probes it: health, metrics, logs, CORS, limits, auth, load").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<RuntimeModule>(token));
}
