namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Rate limiting": rapid requests draw a 429.</summary>
internal sealed class RateLimitingRule : RuntimeRule
{
    public override string Name => "ratelimiting";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => seen.RateLimitedAfter is { } after
        ? RuleOutcome.Holds($"{options.RateLimitPath} answered 429 after {after} rapid requests")
        : RuleOutcome.Broken($"{options.RateLimitRequests} rapid requests to {options.RateLimitPath} never drew a 429");
}
