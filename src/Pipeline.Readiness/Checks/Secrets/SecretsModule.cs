namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>The <c>CheckSecrets</c> target's items: no secrets in code, no .env in the repository.</summary>
internal sealed class SecretsModule : ReadinessModule<ICheckSecrets>
{
    public override string Target => "CheckSecrets";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.Security.NoSecretsInCode, Readiness.Items.Security.NoEnvFile];

    protected override void Register(ICheckSecrets component, ReadinessSetup setup) => setup.AddSecretChecks(component.SecretScanSettings);
}
