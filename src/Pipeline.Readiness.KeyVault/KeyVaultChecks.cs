namespace Pipeline.Readiness.KeyVault;

/// <summary>Registers the Key Vault checks (Polly-style <c>AddX</c>): database credentials and API keys.</summary>
internal static class KeyVaultChecks
{
    /// <summary>Adds the vault checks for "Database credentials rotated" and "API keys rotated".</summary>
    public static ReadinessSetup AddKeyVaultChecks(this ReadinessSetup setup, KeyVaultOptions options) => setup.AddMissing(
        (Items.Security.DatabaseCredentialsRotated, new KeyVaultSecretsCheck(options, options.DatabaseSecrets, "database-credentials")),
        (Items.Security.ApiKeysRotated, new KeyVaultSecretsCheck(options, options.ApiKeySecrets, "api-keys")));
}
