namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>Registers the configuration rules (Polly-style <c>AddX</c>) for the Authentication, Network Security
/// (TLS, CORS), Environment Variables, Storage and Startup Validation items.</summary>
internal static class ConfigurationChecks
{
    /// <summary>Adds a rule for every such item that has no check yet.</summary>
    public static ReadinessSetup AddConfigurationChecks(this ReadinessSetup setup, ConfigurationOptions? options = null)
    {
        options ??= new ConfigurationOptions();
        var views = new ConfigurationViews(options);
        var startup = new StartupValidationRun(views);
        ConfigurationRuleCheck Rule(string name, Func<ConfigurationView, ConfigurationOptions, CheckContext, Task<CheckResult>> rule) => new(views, name, rule);
        return setup.AddMissing(
            (Items.Security.AuthProvider, Rule("auth-provider", AuthRules.Provider)),
            (Items.Security.JwtAlgorithm, Rule("jwt-algorithm", AuthRules.Algorithm)),
            (Items.Security.JwtPublicKey, Rule("jwt-public-key", AuthRules.PublicKey)),
            (Items.Security.IssuerValidated, Rule("issuer", AuthRules.Issuer)),
            (Items.Security.TenantIsolation, Rule("tenant-isolation", AuthRules.TenantIsolation)),
            (Items.Security.Tls, Rule("tls", NetworkRules.Tls)),
            (Items.Security.CorsRestricted, Rule("cors", NetworkRules.Cors)),
            (Items.Configuration.DatabaseUrl, Rule("database-url", EnvironmentRules.DatabaseUrl)),
            (Items.Configuration.EnvironmentProduction, Rule("environment", EnvironmentRules.Environment)),
            (Items.Configuration.LogLevel, Rule("log-level", EnvironmentRules.LogLevel)),
            (Items.Configuration.SqlEchoOff, Rule("sql-echo", EnvironmentRules.SqlEcho)),
            (Items.Configuration.StorageProvider, Rule("storage-provider", StorageRules.Provider)),
            (Items.Configuration.StorageCredentials, Rule("storage-credentials", StorageRules.ProviderCredentials)),
            (Items.Configuration.UploadLimits, Rule("upload-limits", StorageRules.UploadLimit)),
            (Items.Configuration.ConfigValidation, new StartupValidationCheck(startup, warnings: false)),
            (Items.Configuration.NoWarnings, new StartupValidationCheck(startup, warnings: true)),
            (Items.PreLaunch.ConfigurationValidation, new StartupValidationCheck(startup, warnings: false)));
    }

    /// <summary>Adds "Database credentials rotated" as the files decide it (<see cref="CredentialRules"/>) when nothing
    /// else does: a vault component that knows the credentials' age decides it better, so the gate adds this only
    /// after the components, for an item none of them took.</summary>
    public static ReadinessSetup AddDefaultCredentialsCheck(this ReadinessSetup setup, ConfigurationOptions? options = null) =>
        setup.AddMissing((Items.Security.DatabaseCredentialsRotated, new ConfigurationRuleCheck(new ConfigurationViews(options ?? new ConfigurationOptions()), "default-credentials", CredentialRules.DatabaseCredentialsRotated)));
}
