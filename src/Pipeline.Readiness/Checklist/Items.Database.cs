namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Database items of the seed checklist.</summary>
    public static class Database
    {
        /// <summary>All migrations applied: Upgrading to head completes.</summary>
        public static readonly ChecklistItem MigrationsApplied = new("database.migrations-applied", ReadinessCategory.Database, "Migrations", "All migrations applied", ItemBinding.Check);

        /// <summary>Migration history clean: History shows the expected migrations.</summary>
        public static readonly ChecklistItem MigrationHistoryClean = new("database.migration-history-clean", ReadinessCategory.Database, "Migrations", "Migration history clean", ItemBinding.Check);

        /// <summary>No pending migrations: The current revision equals the heads.</summary>
        public static readonly ChecklistItem NoPendingMigrations = new("database.no-pending-migrations", ReadinessCategory.Database, "Migrations", "No pending migrations", ItemBinding.Check);

        /// <summary>Pool size appropriate: DB_POOL_SIZE configured for expected load.</summary>
        public static readonly ChecklistItem PoolSize = new("database.pool-size", ReadinessCategory.Database, "Connection Pool", "Pool size appropriate", ItemBinding.Check);

        /// <summary>Max overflow set: DB_MAX_OVERFLOW allows burst capacity.</summary>
        public static readonly ChecklistItem MaxOverflow = new("database.max-overflow", ReadinessCategory.Database, "Connection Pool", "Max overflow set", ItemBinding.Check);

        /// <summary>Connection pre-ping enabled: DB_POOL_PRE_PING=true.</summary>
        public static readonly ChecklistItem PrePing = new("database.pre-ping", ReadinessCategory.Database, "Connection Pool", "Connection pre-ping enabled", ItemBinding.Check);

        /// <summary>Pool recycle configured: DB_POOL_RECYCLE prevents stale connections.</summary>
        public static readonly ChecklistItem PoolRecycle = new("database.pool-recycle", ReadinessCategory.Database, "Connection Pool", "Pool recycle configured", ItemBinding.Check);

        /// <summary>Automated backups enabled: A backup schedule is configured (attested).</summary>
        public static readonly ChecklistItem AutomatedBackups = new("database.automated-backups", ReadinessCategory.Database, "Backup & Recovery", "Automated backups enabled", ItemBinding.Attestation(SignOffRole.Operations, 180));

        /// <summary>Backup tested: A restore from backup succeeded (drill, attested).</summary>
        public static readonly ChecklistItem BackupTested = new("database.backup-tested", ReadinessCategory.Database, "Backup & Recovery", "Backup tested", ItemBinding.Attestation(SignOffRole.Operations, 90));

        /// <summary>Point-in-time recovery: WAL archiving enabled (PostgreSQL).</summary>
        public static readonly ChecklistItem PointInTimeRecovery = new("database.point-in-time-recovery", ReadinessCategory.Database, "Backup & Recovery", "Point-in-time recovery", ItemBinding.Check);

        /// <summary>Backup retention policy: A retention period is defined (attested).</summary>
        public static readonly ChecklistItem BackupRetention = new("database.backup-retention", ReadinessCategory.Database, "Backup & Recovery", "Backup retention policy", ItemBinding.Attestation(SignOffRole.Operations, 180));

        /// <summary>Indexes created: All necessary indexes in place.</summary>
        public static readonly ChecklistItem Indexes = new("database.indexes", ReadinessCategory.Database, "Performance", "Indexes created", ItemBinding.Check);

        /// <summary>Query performance acceptable: No N+1 queries in critical paths (attested).</summary>
        public static readonly ChecklistItem QueryPerformance = new("database.query-performance", ReadinessCategory.Database, "Performance", "Query performance acceptable", ItemBinding.Attestation(SignOffRole.TechLead, 90));

        /// <summary>Connection pool metrics: Pool utilisation is monitored.</summary>
        public static readonly ChecklistItem PoolMetrics = new("database.pool-metrics", ReadinessCategory.Database, "Performance", "Connection pool metrics", ItemBinding.Check);
    }
}
