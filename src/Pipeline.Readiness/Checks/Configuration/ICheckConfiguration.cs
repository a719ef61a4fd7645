namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The configuration rules over the deployment's configuration (env files, <c>appsettings.*.json</c>,
/// Kubernetes manifests): authentication, TLS and CORS, environment variables, storage, startup validation, and the
/// connection-pool settings.</summary>
[ReadinessModule<ConfigurationModule>]
public interface ICheckConfiguration : IReadinessComponent
{
    /// <summary>Override to point at the service's files and manifests, map key names, set the validation command, or
    /// read the deploy job's environment too (<c>Environment = EnvironmentVariables</c>).</summary>
    ConfigurationOptions ConfigurationSettings => new();

    /// <summary>Override to change where the connection-pool settings are read and what they are called.</summary>
    PoolConfigurationOptions PoolSettings => new();

    /// <summary>The configuration checks, the connection-pool settings among them.</summary>
    Target CheckConfiguration => _ => _.Description("Checks the deployment's configuration: auth, TLS, CORS, environment, storage, startup validation, pool settings").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<ConfigurationModule>(token));
}
