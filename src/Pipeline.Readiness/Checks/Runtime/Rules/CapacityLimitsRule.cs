namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Capacity limits": the load test's throughput reaches its minimum.</summary>
internal sealed class CapacityLimitsRule : RuntimeRule
{
    public override string Name => "capacitylimits";

    public override bool ReportsLoadFigures => true;

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.Load.Throughput >= options.Load.MinimumThroughput
        ? RuleOutcome.Holds($"{seen.Load.Throughput:0.0} requests/s at concurrency {options.Load.Concurrency}")
        : RuleOutcome.Broken($"{seen.Load.Throughput:0.0} requests/s is below {options.Load.MinimumThroughput:0.0}");
}
