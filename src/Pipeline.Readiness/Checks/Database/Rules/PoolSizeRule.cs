using System.Globalization;

namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>"Pool size configured": <c>DB_POOL_SIZE</c> from 1 to the maximum, or <c>Maximum Pool Size</c>.</summary>
internal sealed class PoolSizeRule : PoolRule
{
    public override string Name => "size";

    public override string Variable(PoolConfigurationOptions options) => options.PoolSizeKey;

    public override string? OfVariable(string value, string where, PoolConfigurationOptions options) =>
        Number(value) is not { } n || n < 1 || n > options.MaximumPoolSize ? $"{where}: expected a whole number from 1 to {options.MaximumPoolSize}" : null;

    public override (string? Problem, string Evidence) OfKeywords(PoolKeywords keywords, string where, PoolConfigurationOptions options) =>
        keywords.Maximum is >= 1 && keywords.Maximum <= options.MaximumPoolSize
            ? (null, $"Maximum Pool Size={keywords.Maximum} in {where}")
            : ($"{where}: Maximum Pool Size must be set from 1 to {options.MaximumPoolSize} (got {keywords.Maximum?.ToString(CultureInfo.InvariantCulture) ?? "nothing"})", string.Empty);
}
