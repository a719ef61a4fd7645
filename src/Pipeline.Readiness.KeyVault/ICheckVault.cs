namespace Pipeline.Readiness.KeyVault;

/// <summary>The Key Vault checks as a component: the secrets the service needs are present, enabled, unexpired,
/// rotated within the window and not defaults. Bad settings (no vault, no secrets named) are an Error, not a pass.</summary>
[ReadinessModule<VaultModule>]
public interface ICheckVault : IReadinessComponent
{
    /// <summary>The vault (<c>--vault-uri</c>), e.g. <c>https://orders-prod.vault.azure.net/</c>; given, it wins over
    /// <see cref="KeyVaultOptions.VaultUri"/>.</summary>
    [Parameter("The Key Vault the service reads its secrets from, e.g. https://orders-prod.vault.azure.net/")]
    string? VaultUri => this.ParameterValue<string>(nameof(VaultUri));

    /// <summary>Override to name the secrets and the rotation window.</summary>
    KeyVaultOptions VaultSettings => new();

    /// <summary>The vault checks: required secrets present, enabled, unexpired, rotated, not defaults.</summary>
    Target CheckVault => _ => _.Description("Checks the vault's secrets: present, enabled, rotated, not defaults").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<VaultModule>(token));
}
