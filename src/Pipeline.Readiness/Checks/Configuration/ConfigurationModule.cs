namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The <c>CheckConfiguration</c> target's items: authentication, network security, environment variables,
/// storage, startup validation and the connection pool, all read from the deployment's configuration.</summary>
internal sealed class ConfigurationModule : ReadinessModule<ICheckConfiguration>
{
    public override string Target => "CheckConfiguration";

    public override IReadOnlyList<ChecklistItem> Items { get; } =
    [
        Readiness.Items.Security.AuthProvider, Readiness.Items.Security.JwtAlgorithm, Readiness.Items.Security.JwtPublicKey,
        Readiness.Items.Security.IssuerValidated, Readiness.Items.Security.TenantIsolation, Readiness.Items.Security.Tls,
        Readiness.Items.Security.CorsRestricted, Readiness.Items.Configuration.DatabaseUrl, Readiness.Items.Configuration.EnvironmentProduction,
        Readiness.Items.Configuration.LogLevel, Readiness.Items.Configuration.SqlEchoOff, Readiness.Items.Configuration.StorageProvider,
        Readiness.Items.Configuration.StorageCredentials, Readiness.Items.Configuration.UploadLimits, Readiness.Items.Configuration.ConfigValidation,
        Readiness.Items.Configuration.NoWarnings, Readiness.Items.PreLaunch.ConfigurationValidation,
        Readiness.Items.Database.PoolSize, Readiness.Items.Database.MaxOverflow, Readiness.Items.Database.PrePing, Readiness.Items.Database.PoolRecycle,
    ];

    protected override void Register(ICheckConfiguration component, ReadinessSetup setup) =>
        setup.AddConfigurationChecks(component.ConfigurationSettings).AddPoolChecks(component.PoolSettings);
}
