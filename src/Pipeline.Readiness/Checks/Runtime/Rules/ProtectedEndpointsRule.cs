namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"RBAC enforced": every protected path refuses (401/403) a request without a token and one with a bad token.</summary>
internal sealed class ProtectedEndpointsRule : RuntimeRule
{
    public override string Name => "protectedendpoints";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => options.ProtectedPaths.Count == 0
        ? RuleOutcome.Broken("no protected endpoint is configured to probe (RuntimeProbeOptions.ProtectedPaths)")
        : RuleOutcome.Of(seen.WithoutToken.Concat(seen.WithBadToken).Where(p => p.Value is not (401 or 403)).Select(p => $"{p.Key} answered {p.Value} to a request without a valid token"),
            $"{string.Join(", ", options.ProtectedPaths)} refuse requests without a valid token");
}
