namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Metrics exposed": <c>/metrics</c> serves Prometheus text.</summary>
internal sealed class MetricsExposedRule : RuntimeRule
{
    public override string Name => "metricsexposed";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.Metrics is { Error: { } error }
        ? RuleOutcome.Broken($"{options.MetricsPath} is not Prometheus text: {error}")
        : RuleOutcome.Holds($"{options.MetricsPath} serves {seen.Metrics.Names.Count} metrics in Prometheus text");
}
