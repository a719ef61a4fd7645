namespace Pipeline.Readiness;

/// <summary>The checklist's sections. The first six are the rows of the seed's Quick Status table.</summary>
public enum ReadinessCategory
{
    /// <summary>Authentication, network security, secrets and vulnerability checks.</summary>
    Security,

    /// <summary>Environment variables, storage and startup validation.</summary>
    Configuration,

    /// <summary>Migrations, connection pool, backup and recovery, performance.</summary>
    Database,

    /// <summary>Metrics, alerting and logging.</summary>
    Monitoring,

    /// <summary>Deployment, health checks, disaster recovery and documentation.</summary>
    Operations,

    /// <summary>Test suite, load testing and integration testing.</summary>
    Testing,

    /// <summary>The Pre-Launch verification commands.</summary>
    PreLaunch,

    /// <summary>Sign-off by Developer, Tech Lead, Security and Operations.</summary>
    SignOff,

    /// <summary>Post-launch follow-ups: listed in the report, never gating a release.</summary>
    PostLaunch,
}
