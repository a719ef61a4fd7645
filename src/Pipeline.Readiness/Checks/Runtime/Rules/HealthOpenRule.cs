namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Health endpoints open": <c>/health</c> and <c>/metrics</c> answer 200 without credentials.</summary>
internal sealed class HealthOpenRule : RuntimeRule
{
    public override string Name => "healthopen";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => RuleOutcome.Of(
        new[] { options.HealthPath, options.MetricsPath }.Where(p => seen.Status[p] != 200).Select(p => $"{p} answered {seen.Status[p]} without credentials (expected 200)"),
        $"{options.HealthPath} and {options.MetricsPath} answer 200 without credentials");
}
