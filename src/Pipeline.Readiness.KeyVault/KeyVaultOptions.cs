using Azure.Core;
using Azure.Security.KeyVault.Secrets;

namespace Pipeline.Readiness.KeyVault;

/// <summary>Which vault, which secrets the service needs (by item), and the rotation window. Authentication
/// defaults to <c>DefaultAzureCredential</c>.</summary>
public sealed record KeyVaultOptions : ICheckOptions
{
    /// <summary>The vault, e.g. <c>https://orders-prod.vault.azure.net/</c>.</summary>
    public Uri? VaultUri { get; init; }

    /// <summary>Secrets holding database credentials (decide "Database credentials rotated").</summary>
    public IReadOnlyList<string> DatabaseSecrets { get; init; } = [];

    /// <summary>Secrets holding external API keys (decide "API keys rotated").</summary>
    public IReadOnlyList<string> ApiKeySecrets { get; init; } = [];

    /// <summary>A secret not updated within this many days is stale.</summary>
    public int RotationDays { get; init; } = 90;

    /// <summary>The credential; null uses <c>DefaultAzureCredential</c>.</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>SDK client options (transport, retries); null uses the defaults.</summary>
    public SecretClientOptions? ClientOptions { get; init; }

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (VaultUri is null || VaultUri.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"VaultUri: must be an https URL (got {VaultUri?.ToString() ?? "nothing"})";
        }

        if (DatabaseSecrets.Count + ApiKeySecrets.Count == 0)
        {
            yield return "DatabaseSecrets, ApiKeySecrets: name at least one secret the service needs";
        }

        if (RotationDays is < 1 or > 366)
        {
            yield return $"RotationDays: must be between 1 and 366 (got {RotationDays})";
        }
    }
}
