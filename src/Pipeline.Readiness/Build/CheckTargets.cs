namespace Pipeline.Readiness;

/// <summary>Which of the check targets (<c>Lint</c>, <c>Test</c>, <c>Coverage</c>, <c>CheckSecrets</c>, <c>CheckVault</c>, <c>ScanDependencies</c>, <c>ScanImage</c>, <c>VerifyMigrations</c>, <c>CheckDatabase</c>, <c>CheckConfiguration</c>) evaluates
/// which items; one map for all of them.</summary>
public static class CheckTargets
{
    /// <summary>Item id to target name.</summary>
    public static IReadOnlyDictionary<string, string> TargetOf { get; } = new Dictionary<string, string>
    {
        [Items.PreLaunch.Lint.Id] = "Lint",
        [Items.PreLaunch.TypeCheck.Id] = "Lint",
        [Items.Testing.AllTestsPassing.Id] = "Test",
        [Items.PreLaunch.TestSuite.Id] = "Test",
        [Items.Security.SqlInjectionTests.Id] = "Test",
        [Items.Security.XssTests.Id] = "Test",
        [Items.Security.AuthTests.Id] = "Test",
        [Items.Testing.SecurityTests.Id] = "Test",
        [Items.PreLaunch.SecurityTestSuite.Id] = "Test",
        [Items.Testing.CoverageAcceptable.Id] = "Coverage",
        [Items.Security.NoSecretsInCode.Id] = "CheckSecrets",
        [Items.Security.NoEnvFile.Id] = "CheckSecrets",
        [Items.Security.DatabaseCredentialsRotated.Id] = "CheckVault",
        [Items.Security.DependenciesScanned.Id] = "ScanDependencies",
        [Items.Security.ContainerImageScanned.Id] = "ScanImage",
        [Items.Security.ApiKeysRotated.Id] = "CheckVault",
        [Items.Database.MigrationsApplied.Id] = "VerifyMigrations",
        [Items.Database.MigrationHistoryClean.Id] = "VerifyMigrations",
        [Items.Database.NoPendingMigrations.Id] = "VerifyMigrations",
        [Items.Database.PoolSize.Id] = "CheckDatabase",
        [Items.Database.MaxOverflow.Id] = "CheckDatabase",
        [Items.Database.PrePing.Id] = "CheckDatabase",
        [Items.Database.PoolRecycle.Id] = "CheckDatabase",
        [Items.Database.PointInTimeRecovery.Id] = "CheckDatabase",
        [Items.Database.Indexes.Id] = "CheckDatabase",
        [Items.PreLaunch.DatabaseConnectivity.Id] = "CheckDatabase",
        [Items.Security.AuthProvider.Id] = "CheckConfiguration",
        [Items.Security.JwtAlgorithm.Id] = "CheckConfiguration",
        [Items.Security.JwtPublicKey.Id] = "CheckConfiguration",
        [Items.Security.IssuerValidated.Id] = "CheckConfiguration",
        [Items.Security.TenantIsolation.Id] = "CheckConfiguration",
        [Items.Security.Tls.Id] = "CheckConfiguration",
        [Items.Security.CorsRestricted.Id] = "CheckConfiguration",
        [Items.Configuration.DatabaseUrl.Id] = "CheckConfiguration",
        [Items.Configuration.EnvironmentProduction.Id] = "CheckConfiguration",
        [Items.Configuration.LogLevel.Id] = "CheckConfiguration",
        [Items.Configuration.SqlEchoOff.Id] = "CheckConfiguration",
        [Items.Configuration.StorageProvider.Id] = "CheckConfiguration",
        [Items.Configuration.StorageCredentials.Id] = "CheckConfiguration",
        [Items.Configuration.UploadLimits.Id] = "CheckConfiguration",
        [Items.Configuration.ConfigValidation.Id] = "CheckConfiguration",
        [Items.Configuration.NoWarnings.Id] = "CheckConfiguration",
        [Items.PreLaunch.ConfigurationValidation.Id] = "CheckConfiguration",
    };
}
