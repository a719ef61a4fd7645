namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Configuration items of the seed checklist.</summary>
    public static class Configuration
    {
        /// <summary>DATABASE_URL set: Points to the production database.</summary>
        public static readonly ChecklistItem DatabaseUrl = new("configuration.database-url", ReadinessCategory.Configuration, "Environment Variables", "DATABASE_URL set", ItemBinding.Check);

        /// <summary>ENVIRONMENT=production: Not local or development.</summary>
        public static readonly ChecklistItem EnvironmentProduction = new("configuration.environment-production", ReadinessCategory.Configuration, "Environment Variables", "ENVIRONMENT=production", ItemBinding.Check);

        /// <summary>LOG_LEVEL=info: Not debug in production.</summary>
        public static readonly ChecklistItem LogLevel = new("configuration.log-level", ReadinessCategory.Configuration, "Environment Variables", "LOG_LEVEL=info", ItemBinding.Check);

        /// <summary>SQLALCHEMY_ECHO=false: SQL logging disabled.</summary>
        public static readonly ChecklistItem SqlEchoOff = new("configuration.sql-echo-off", ReadinessCategory.Configuration, "Environment Variables", "SQLALCHEMY_ECHO=false", ItemBinding.Check);

        /// <summary>Storage provider configured: STORAGE_PROVIDER matches the deployment.</summary>
        public static readonly ChecklistItem StorageProvider = new("configuration.storage-provider", ReadinessCategory.Configuration, "Storage Configuration", "Storage provider configured", ItemBinding.Check);

        /// <summary>Storage credentials set: Credentials for the chosen provider.</summary>
        public static readonly ChecklistItem StorageCredentials = new("configuration.storage-credentials", ReadinessCategory.Configuration, "Storage Configuration", "Storage credentials set", ItemBinding.Check);

        /// <summary>Upload limits configured: MAX_FILE_SIZE_BYTES set appropriately.</summary>
        public static readonly ChecklistItem UploadLimits = new("configuration.upload-limits", ReadinessCategory.Configuration, "Storage Configuration", "Upload limits configured", ItemBinding.Check);

        /// <summary>Config validation passes: The application starts without configuration errors.</summary>
        public static readonly ChecklistItem ConfigValidation = new("configuration.config-validation", ReadinessCategory.Configuration, "Startup Validation", "Config validation passes", ItemBinding.Check);

        /// <summary>No warnings logged: No configuration warnings from validation.</summary>
        public static readonly ChecklistItem NoWarnings = new("configuration.no-warnings", ReadinessCategory.Configuration, "Startup Validation", "No warnings logged", ItemBinding.Check);
    }
}
