namespace Pipeline.Readiness;

/// <summary>The configuration rules over the deployment's configuration (env files, <c>appsettings.*.json</c>,
/// Kubernetes manifests): authentication, TLS and CORS, environment variables, storage, startup validation.</summary>
public interface ICheckConfiguration : IReadinessComponent
{
    /// <summary>Override to point at the service's files and manifests, map key names, set the validation command, or
    /// read the deploy job's environment too (<c>Environment = EnvironmentVariables</c>).</summary>
    ConfigurationOptions ConfigurationSettings => new();

    /// <summary>The configuration checks.</summary>
    Target CheckConfiguration => _ => _.Description("Checks the deployment's configuration: auth, TLS, CORS, environment, storage, startup validation").Executes(token => EvaluateItemsAsync("CheckConfiguration", token));

    /// <summary>Registers the configuration rules.</summary>
    [ReadinessChecks(order: 7)]
    void AddConfigurationChecks(ReadinessSetup setup) => setup.AddConfigurationChecks(ConfigurationSettings);
}
