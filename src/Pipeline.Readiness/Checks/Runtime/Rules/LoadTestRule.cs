namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Load test": the bounded load test's error rate is within its limit.</summary>
internal sealed class LoadTestRule : RuntimeRule
{
    public override string Name => "loadtest";

    public override bool ReportsLoadFigures => true;

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.Load.ErrorRate <= options.Load.MaximumErrorRate
        ? RuleOutcome.Holds($"{seen.Load.Sent} requests, {seen.Load.ErrorRate:P1} errors")
        : RuleOutcome.Broken($"{seen.Load.ErrorRate:P1} of {seen.Load.Sent} requests failed (limit {options.Load.MaximumErrorRate:P1})");
}
