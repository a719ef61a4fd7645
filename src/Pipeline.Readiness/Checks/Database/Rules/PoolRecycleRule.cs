namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>"Pool recycle configured": <c>DB_POOL_RECYCLE</c> a positive number of seconds, or <c>Connection Lifetime</c>.</summary>
internal sealed class PoolRecycleRule : PoolRule
{
    public override string Name => "recycle";

    public override string Variable(PoolConfigurationOptions options) => options.RecycleKey;

    public override string? OfVariable(string value, string where, PoolConfigurationOptions options) =>
        Number(value) is not { } n || n < 1 ? $"{where}: expected a positive number of seconds" : null;

    public override (string? Problem, string Evidence) OfKeywords(PoolKeywords keywords, string where, PoolConfigurationOptions options) =>
        keywords.Lifetime is > 0
            ? (null, $"Connection Lifetime set in {where}")
            : ($"{where}: set Connection Lifetime (seconds) so connections are recycled", string.Empty);
}
