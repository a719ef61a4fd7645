namespace Pipeline.Readiness;

/// <summary>The code-check targets, as default interface members so that a build's own targets of the same name
/// take precedence: <c>Lint</c>, <c>Test</c>, <c>Coverage</c> and <c>CheckSecrets</c> evaluate their items, write reports and fail when
/// any of them blocks.</summary>
public interface ICheckTargets
{
    /// <summary>Formatting, analyzers and the type check.</summary>
    Target Lint => _ => _.Description("Lint: dotnet format and analyzer warnings, 0 violations").Executes(token => EvaluateItemsAsync("Lint", token));

    /// <summary>The test suite and the security test suites.</summary>
    Target Test => _ => _.Description("Runs the tests: 100 % passing, security suites complete").Executes(token => EvaluateItemsAsync("Test", token));

    /// <summary>Coverage thresholds and the HTML report.</summary>
    Target Coverage => _ => _.Description("Checks coverage thresholds; HTML report in artifacts/readiness/coverage").Executes(token => EvaluateItemsAsync("Coverage", token));

    /// <summary>The secret scanner and the .env rule.</summary>
    Target CheckSecrets => _ => _.Description("Scans for secrets and tracked .env files").Executes(token => EvaluateItemsAsync("CheckSecrets", token));

    /// <summary>The vault checks: required secrets present, enabled, unexpired, rotated, not defaults.</summary>
    Target CheckVault => _ => _.Description("Checks the vault's secrets: present, enabled, rotated, not defaults").Executes(token => EvaluateItemsAsync("CheckVault", token));

    /// <summary>The dependency scan against advisories.</summary>
    Target ScanDependencies => _ => _.Description("Checks every NuGet package against advisories").Executes(token => EvaluateItemsAsync("ScanDependencies", token));

    /// <summary>The container image and Dockerfile checks.</summary>
    Target ScanImage => _ => _.Description("Scans the container image and its Dockerfile").Executes(token => EvaluateItemsAsync("ScanImage", token));

    /// <summary>Evaluates the items of one code-check target, writes reports and fails when any blocks.</summary>
    Task EvaluateItemsAsync(string target, CancellationToken cancellation);
}
