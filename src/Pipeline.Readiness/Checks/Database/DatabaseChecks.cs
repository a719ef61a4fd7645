using Pipeline.Readiness.Checks.Database.Rules;

namespace Pipeline.Readiness.Checks.Database;

/// <summary>Registers the connection-pool checks (Polly-style <c>AddX</c>) for the four Connection Pool items.</summary>
internal static class DatabaseChecks
{
    /// <summary>Adds the pool checks for every pool item that has no check yet.</summary>
    public static ReadinessSetup AddPoolChecks(this ReadinessSetup setup, PoolConfigurationOptions? options = null)
    {
        options ??= new PoolConfigurationOptions();
        var views = PoolSettingCheck.Views(options); // one read of the settings and manifests for the four items
        return setup.AddMissing(
            (Items.Database.PoolSize, new PoolSettingCheck(options, new PoolSizeRule(), views)),
            (Items.Database.MaxOverflow, new PoolSettingCheck(options, new MaxOverflowRule(), views)),
            (Items.Database.PrePing, new PoolSettingCheck(options, new PrePingRule(), views)),
            (Items.Database.PoolRecycle, new PoolSettingCheck(options, new PoolRecycleRule(), views)));
    }
}
