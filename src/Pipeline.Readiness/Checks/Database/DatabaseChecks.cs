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
            (Items.Database.PoolSize, new PoolSettingCheck(options, PoolSetting.Size, views)),
            (Items.Database.MaxOverflow, new PoolSettingCheck(options, PoolSetting.MaxOverflow, views)),
            (Items.Database.PrePing, new PoolSettingCheck(options, PoolSetting.PrePing, views)),
            (Items.Database.PoolRecycle, new PoolSettingCheck(options, PoolSetting.Recycle, views)));
    }
}
