namespace Pipeline.Readiness.Checks.Database.Rules;

/// <summary>One connection-pool item: a pure function of the seed's variable (<c>DB_POOL_SIZE</c> …) when it is set,
/// else of the pool keywords of the plain connection string. One type per item.</summary>
internal abstract class PoolRule
{
    /// <summary>The rule's name, as the check's (<c>pool-&lt;name&gt;</c>) and its findings' (<c>pool.&lt;name&gt;</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The variable the seed names for this item, as the options map it.</summary>
    public abstract string Variable(PoolConfigurationOptions options);

    /// <summary>What is wrong with the variable's value (<paramref name="where"/> is <c>KEY=value at file(line)</c>), or null.</summary>
    public abstract string? OfVariable(string value, string where, PoolConfigurationOptions options);

    /// <summary>What is wrong with the connection string's pool keywords, or null and the evidence.</summary>
    public abstract (string? Problem, string Evidence) OfKeywords(PoolKeywords keywords, string where, PoolConfigurationOptions options);

    /// <summary>A whole number, or null.</summary>
    protected static int? Number(string value) =>
        int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
