namespace Pipeline.Readiness.KeyVault;

/// <summary>The <c>CheckVault</c> target's items: database credentials and API keys rotated.</summary>
internal sealed class VaultModule : ReadinessModule<ICheckVault>
{
    public override string Target => "CheckVault";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.Security.DatabaseCredentialsRotated, Readiness.Items.Security.ApiKeysRotated];

    protected override void Register(ICheckVault component, ReadinessSetup setup)
    {
        var settings = component.VaultSettings;
        var uri = component.VaultUri is null ? settings.VaultUri : Uri.TryCreate(component.VaultUri, UriKind.Absolute, out var parsed) ? parsed : null;
        setup.AddKeyVaultChecks(settings with { VaultUri = uri });
    }
}
