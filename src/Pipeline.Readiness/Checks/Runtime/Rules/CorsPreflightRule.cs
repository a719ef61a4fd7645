namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"CORS restricted", as the running service answers: a preflight from a foreign origin is refused.</summary>
internal sealed class CorsPreflightRule : RuntimeRule
{
    public override string Name => "corspreflight";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) =>
        seen.PreflightAllowedOrigin is "*" || seen.PreflightAllowedOrigin == options.ForeignOrigin
            ? RuleOutcome.Broken($"a preflight from {options.ForeignOrigin} was allowed (Access-Control-Allow-Origin: {seen.PreflightAllowedOrigin})")
            : RuleOutcome.Holds($"a preflight from {options.ForeignOrigin} was refused");
}
