namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>Registers the secret checks (Polly-style <c>AddX</c>): the scanner for "No secrets in code" and the
/// .env rule for "No .env in production". Items that already have a check keep theirs.</summary>
internal static class SecretChecks
{
    /// <summary>Adds the secret checks for every secret item that has no check yet.</summary>
    public static ReadinessSetup AddSecretChecks(this ReadinessSetup setup, SecretScanOptions? options = null)
    {
        options ??= new SecretScanOptions();
        return setup.AddMissing(
            (Items.Security.NoSecretsInCode, new SecretScanCheck(options)),
            (Items.Security.NoEnvFile, new EnvFileCheck(options)));
    }
}
