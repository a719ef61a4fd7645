namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Performance baseline": the load test's p95 is within its limit.</summary>
internal sealed class PerformanceBaselineRule : RuntimeRule
{
    public override string Name => "performancebaseline";

    public override bool ReportsLoadFigures => true;

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.Load.P95 <= options.Load.MaximumP95
        ? RuleOutcome.Holds($"p50 {seen.Load.P50.TotalMilliseconds:0.0} ms, p95 {seen.Load.P95.TotalMilliseconds:0.0} ms, p99 {seen.Load.P99.TotalMilliseconds:0.0} ms")
        : RuleOutcome.Broken($"p95 {seen.Load.P95.TotalMilliseconds:0} ms exceeds {options.Load.MaximumP95.TotalMilliseconds:0} ms");
}
