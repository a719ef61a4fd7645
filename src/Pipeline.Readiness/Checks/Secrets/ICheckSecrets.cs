namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>The secret scanner (working tree and history) and the tracked-.env rule.</summary>
[ReadinessModule<SecretsModule>]
public interface ICheckSecrets : IReadinessComponent
{
    /// <summary>Override to exclude paths, add rules or change the history depth.</summary>
    SecretScanOptions SecretScanSettings => new();

    /// <summary>The secret scanner and the .env rule.</summary>
    Target CheckSecrets => _ => _.Description("Scans for secrets and tracked .env files").Executes(token => ReadinessState.Of(this).EvaluateModuleAsync<SecretsModule>(token));
}
