namespace Pipeline.Readiness.Checks.Database;

/// <summary>The four connection-pool items of the seed.</summary>
internal enum PoolSetting
{
    /// <summary><c>DB_POOL_SIZE</c> / <c>Maximum Pool Size</c>.</summary>
    Size,

    /// <summary><c>DB_MAX_OVERFLOW</c> / maximum above minimum pool size.</summary>
    MaxOverflow,

    /// <summary><c>DB_POOL_PRE_PING=true</c> / <c>Keepalive</c>.</summary>
    PrePing,

    /// <summary><c>DB_POOL_RECYCLE</c> / <c>Connection Lifetime</c>.</summary>
    Recycle,
}
