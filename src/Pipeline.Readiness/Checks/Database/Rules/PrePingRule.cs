namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>"Pre-ping enabled": <c>DB_POOL_PRE_PING=true</c>, or Npgsql's counterpart <c>Keepalive</c>.</summary>
internal sealed class PrePingRule : PoolRule
{
    public override string Name => "preping";

    public override string Variable(PoolConfigurationOptions options) => options.PrePingKey;

    public override string? OfVariable(string value, string where, PoolConfigurationOptions options) =>
        value.Equals("true", StringComparison.OrdinalIgnoreCase) || value == "1" ? null : $"{where}: expected true";

    public override (string? Problem, string Evidence) OfKeywords(PoolKeywords keywords, string where, PoolConfigurationOptions options) =>
        keywords.Keepalive is > 0
            ? (null, $"Keepalive set in {where}")
            : ($"{where}: set Keepalive (seconds) so dead connections are found, Npgsql's counterpart of pre-ping", string.Empty);
}
