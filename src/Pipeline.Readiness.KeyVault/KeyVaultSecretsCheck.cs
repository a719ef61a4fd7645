using Azure;
using Azure.Identity;
using Azure.Security.KeyVault.Secrets;

namespace Pipeline.Readiness.KeyVault;

/// <summary>Each secret the service needs exists in the vault, is enabled, is not expired, was updated within the
/// rotation window, and does not hold a default or test credential. An unreachable vault or denied access is an
/// Error. No secret value ever leaves this method: findings name the secret, never its content.</summary>
internal sealed class KeyVaultSecretsCheck(KeyVaultOptions options, IReadOnlyList<string> secretNames, string purpose) : ReadinessCheck<KeyVaultOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => $"key-vault:{purpose}";

    /// <inheritdoc />
    public override IEnumerable<string> ValidateOptions() =>
        base.ValidateOptions().Concat(secretNames.Count == 0 ? [$"{purpose}: name at least one secret"] : []);

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var client = new SecretClient(Options.VaultUri!, Options.Credential ?? new DefaultAzureCredential(), Options.ClientOptions ?? new SecretClientOptions());
        Dictionary<string, SecretProperties> properties;
        try
        {
            properties = [];
            await foreach (var secret in client.GetPropertiesOfSecretsAsync(context.Cancellation).ConfigureAwait(false))
            {
                properties[secret.Name] = secret;
            }
        }
        catch (Exception exception) when (exception is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException or HttpRequestException)
        {
            return CheckResult.Error($"the vault {Options.VaultUri} could not be read: {Describe(exception)}");
        }

        var now = context.Time.GetUtcNow();
        var findings = new List<Finding>();
        foreach (var name in secretNames)
        {
            var problem = !properties.TryGetValue(name, out var secret) ? "is missing from the vault"
                : secret.Enabled != true ? "is disabled"
                : secret.ExpiresOn is { } expires && expires < now ? $"expired on {expires:yyyy-MM-dd}"
                : secret.UpdatedOn is not { } updated || now - updated > TimeSpan.FromDays(Options.RotationDays)
                    ? $"was last rotated {(secret.UpdatedOn is { } u ? $"on {u:yyyy-MM-dd}" : "never")}, more than {Options.RotationDays} days ago"
                : await DefaultValue(client, name, context.Cancellation).ConfigureAwait(false);
            if (problem is not null)
            {
                findings.Add(Finding.Create($"key-vault.{purpose}", FindingSeverity.Error, null, null, $"secret '{name}' {problem}", name));
            }
        }

        var summary = findings.Count == 0
            ? $"{secretNames.Count} secret(s) present, enabled, unexpired, rotated within {Options.RotationDays} days and not defaults"
            : string.Join("; ", findings.Select(f => f.Message));
        var evidence = findings.Count == 0 ? CheckResult.Passed(secretNames.Count, summary) : CheckResult.Failed(secretNames.Count, summary, [.. findings]);
        return evidence with
        {
            Tool = "Azure.Security.KeyVault.Secrets",
            Inputs = new Dictionary<string, string> { ["vault"] = Options.VaultUri!.ToString(), ["secrets"] = string.Join(",", secretNames) },
        };
    }

    private static async Task<string?> DefaultValue(SecretClient client, string name, CancellationToken cancellation)
    {
        KeyVaultSecret secret = await client.GetSecretAsync(name, cancellationToken: cancellation).ConfigureAwait(false);
        return DefaultCredentials.Why(secret.Value) is { } why ? $"holds {why}" : null;
    }

    private static string Describe(Exception exception) => exception switch
    {
        RequestFailedException { Status: 401 or 403 } failed => $"access denied (HTTP {failed.Status})",
        RequestFailedException failed => $"HTTP {failed.Status} {failed.ErrorCode}".TrimEnd(),
        _ => exception.Message.Split('\n')[0].Trim(),
    };
}
