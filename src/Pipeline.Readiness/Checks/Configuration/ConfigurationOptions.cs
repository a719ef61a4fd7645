namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Where the deployment's configuration lives and what its keys are called. Key names default to the seed's
/// (<c>AUTH_PROVIDER_TYPE</c>, <c>JWT_ALGORITHM</c>, …); <see cref="Keys"/> maps them to a service's own names.</summary>
public sealed record ConfigurationOptions : ICheckOptions
{
    /// <summary>Env files and JSON settings files, relative to the root; later files win. Missing ones are skipped.</summary>
    public IReadOnlyList<string> Files { get; init; } = [".env.production", "deploy/production.env", "appsettings.json", "appsettings.Production.json"];

    /// <summary>Kubernetes manifests (globs): Deployment env, ConfigMaps, Secret references. They win over files.</summary>
    public IReadOnlyList<string> Manifests { get; init; } = ["k8s/**/*.yaml", "k8s/**/*.yml", "deploy/**/*.yaml", "deploy/**/*.yml"];

    /// <summary>The environment the deployment runs with (e.g. the deploy job's, <c>EnvironmentVariables</c> of the
    /// build): the seed keys found there (through <see cref="Keys"/>) are read last and win. Null: not read.</summary>
    public IReadOnlyDictionary<string, string>? Environment { get; init; }

    /// <summary>Seed key to the service's key (e.g. <c>JWT_ALGORITHM</c> → <c>Auth:Algorithm</c>).</summary>
    public IReadOnlyDictionary<string, string> Keys { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether the service is multi-tenant; null: a <c>MULTI_TENANT</c> value decides, else the service's own
    /// tenant code and documents (a <c>Tenant…</c> class or middleware, a tenant isolation document).</summary>
    public bool? MultiTenant { get; init; }

    /// <summary>The largest sensible upload limit (default 1 GiB).</summary>
    public long MaximumUploadBytes { get; init; } = 1L << 30;

    /// <summary>Compares the issuer with its OpenID discovery document (default); off, or unreachable, the issuer item is
    /// an Error, never a pass.</summary>
    public bool VerifyIssuerDiscovery { get; init; } = true;

    /// <summary>The transport for the discovery request (tests); null: the default.</summary>
    public HttpMessageHandler? DiscoveryHandler { get; init; }

    /// <summary>The service's configuration validation command (the seed: <c>settings.validate()</c>), run from the
    /// root with the production configuration; null: the startup validation items are an Error.</summary>
    public IReadOnlyList<string>? ValidationCommand { get; init; }

    /// <summary>Stand-ins for the values the deployment keeps in Secrets (the gate never reads those), given to the
    /// validation command so it sees a complete configuration, e.g. a well-formed <c>DATABASE_URL</c>.</summary>
    public IReadOnlyDictionary<string, string> ValidationStandIns { get; init; } = new Dictionary<string, string>();

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (Files.Count + Manifests.Count == 0)
        {
            yield return "Files, Manifests: name at least one place to read the configuration from";
        }

        if (MaximumUploadBytes <= 0)
        {
            yield return $"MaximumUploadBytes: must be positive (got {MaximumUploadBytes})";
        }
    }
}
