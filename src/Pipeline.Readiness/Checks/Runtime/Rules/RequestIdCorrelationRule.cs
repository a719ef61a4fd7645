namespace Pipeline.Readiness.Checks.Runtime.Rules;

/// <summary>"Request ID correlation": the <c>X-Request-ID</c> sent is echoed in the response and logged.</summary>
internal sealed class RequestIdCorrelationRule : RuntimeRule
{
    public override string Name => "requestidcorrelation";

    public override RuleOutcome Decide(RuntimeObservations seen, RuntimeProbeOptions options) => RuleOutcome.Of(
        (seen.RequestIdEchoed ? Array.Empty<string>() : ["the X-Request-ID sent was not echoed in the response"])
            .Concat(seen.LogLines.Any(l => l.Contains(seen.RequestId, StringComparison.Ordinal)) ? [] : ["the X-Request-ID sent appears in no log line"]),
        "X-Request-ID is echoed and logged");
}
