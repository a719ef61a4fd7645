namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>"Max overflow configured": <c>DB_MAX_OVERFLOW</c> at least 1, or a maximum pool size above the minimum.</summary>
internal sealed class MaxOverflowRule : PoolRule
{
    public override string Name => "maxoverflow";

    public override string Variable(PoolConfigurationOptions options) => options.MaxOverflowKey;

    public override string? OfVariable(string value, string where, PoolConfigurationOptions options) =>
        Number(value) is not { } n || n < 1 ? $"{where}: expected a whole number of at least 1 (burst capacity)" : null;

    public override (string? Problem, string Evidence) OfKeywords(PoolKeywords keywords, string where, PoolConfigurationOptions options) =>
        keywords.Maximum > keywords.Minimum
            ? (null, $"Maximum Pool Size {keywords.Maximum} above Minimum Pool Size {keywords.Minimum} in {where}")
            : ($"{where}: Maximum Pool Size must be set above Minimum Pool Size ({keywords.Minimum}) to allow bursts", string.Empty);
}
