namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>How to start the service on loopback with its production configuration, and what to probe. <c>{port}</c>
/// in the command, arguments or environment is replaced with a free loopback port.</summary>
public sealed record RuntimeProbeOptions : ICheckOptions
{
    /// <summary>The command that starts the service (e.g. <c>dotnet samples/orders-api/bin/Release/net10.0/OrdersApi.dll --urls http://127.0.0.1:{port}</c>).</summary>
    public IReadOnlyList<string> Command { get; init; } = [];

    /// <summary>Environment for the service; <c>{port}</c> is replaced. With <see cref="ICheckConfiguration"/>, it is laid
    /// over what the pods get: every plain value of the deployment's configuration, and
    /// <see cref="ConfigurationOptions.ValidationStandIns"/> for its secrets.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Polled until it answers 200; then the probes run.</summary>
    public string ReadyPath { get; init; } = "/health";

    /// <summary>How long the service may take to become ready.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The health endpoint, which must answer without credentials.</summary>
    public string HealthPath { get; init; } = "/health";

    /// <summary>The Prometheus endpoint, which must answer without credentials.</summary>
    public string MetricsPath { get; init; } = "/metrics";

    /// <summary>Paths that must not be served in production.</summary>
    public IReadOnlyList<string> DebugPaths { get; init; } = ["/docs", "/openapi.json", "/swagger", "/swagger/index.html", "/redoc"];

    /// <summary>Endpoints that must refuse requests without a valid token (401 or 403).</summary>
    public IReadOnlyList<string> ProtectedPaths { get; init; } = [];

    /// <summary>A path the rate limiter guards, and how many rapid requests must draw a 429.</summary>
    public string RateLimitPath { get; init; } = "/health";

    /// <summary>At most this many requests are sent to find the limit.</summary>
    public int RateLimitRequests { get; init; } = 300;

    /// <summary>The origin a CORS preflight is sent from; it must not be allowed.</summary>
    public string ForeignOrigin { get; init; } = "https://attacker.example.net";

    /// <summary>The bounded load test: requests, concurrency, path and time limit.</summary>
    public LoadTestOptions Load { get; init; } = new();

    /// <summary>When set, the committed OpenAPI document is compared with the one the service serves ("API
    /// documentation").</summary>
    public OpenApiDocumentOptions? OpenApi { get; init; }

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (Command.Count == 0)
        {
            yield return "Command: give the command that starts the service";
        }

        foreach (var problem in Load.Validate())
        {
            yield return $"Load.{problem}";
        }
    }
}
