namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"No debug endpoints in production": none of the debug paths is served.</summary>
internal sealed class NoDebugEndpointsRule : RuntimeRule
{
    public override string Name => "nodebugendpoints";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => RuleOutcome.Of(
        options.DebugPaths.Where(p => seen.Status[p] is >= 200 and < 400).Select(p => $"{p} is served ({seen.Status[p]}) in production"),
        $"none of {string.Join(", ", options.DebugPaths)} is served");
}
