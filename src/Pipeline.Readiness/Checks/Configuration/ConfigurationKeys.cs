namespace Pipeline.Readiness.Checks.Configuration;

/// <summary>The seed's configuration keys: the ones the rules read, and so the ones taken from a process environment.</summary>
internal static class ConfigurationKeys
{
    /// <summary>Every seed key the configuration, pool and storage rules read.</summary>
    public static IReadOnlyList<string> Seed { get; } =
    [
        "ENVIRONMENT", "LOG_LEVEL", "SQLALCHEMY_ECHO", "DATABASE_URL", "AUTH_PROVIDER_TYPE", "AUTH_PROVIDER_ISSUER", "JWT_ALGORITHM",
        "JWT_PUBLIC_KEY", "MULTI_TENANT", "ENFORCE_TENANT_ISOLATION", "CORS_ALLOWED_ORIGINS", "MAX_FILE_SIZE_BYTES", "STORAGE_PROVIDER",
        "STORAGE_LOCAL_PATH", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ROLE_ARN", "AWS_S3_BUCKET", "AZURE_STORAGE_ACCOUNT_NAME",
        "AZURE_STORAGE_ACCOUNT_KEY", "AZURE_STORAGE_CONNECTION_STRING", "GCS_BUCKET", "GOOGLE_APPLICATION_CREDENTIALS",
        "DB_POOL_SIZE", "DB_MAX_OVERFLOW", "DB_POOL_PRE_PING", "DB_POOL_RECYCLE",
    ];
}
