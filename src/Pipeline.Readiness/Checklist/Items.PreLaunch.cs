namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The PreLaunch items of the seed checklist.</summary>
    public static class PreLaunch
    {
        /// <summary>Code quality: lint: The linter reports 0 violations.</summary>
        public static readonly ChecklistItem Lint = new("prelaunch.lint", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Code quality: lint", ItemBinding.Check);

        /// <summary>Code quality: type check: The type checker reports 0 errors.</summary>
        public static readonly ChecklistItem TypeCheck = new("prelaunch.type-check", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Code quality: type check", ItemBinding.Check);

        /// <summary>Test suite: Every test passes, with the expected total.</summary>
        public static readonly ChecklistItem TestSuite = new("prelaunch.test-suite", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Test suite", ItemBinding.Check);

        /// <summary>Security tests specifically: The security, SQL injection, XSS and auth tests pass.</summary>
        public static readonly ChecklistItem SecurityTestSuite = new("prelaunch.security-tests", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Security tests specifically", ItemBinding.Check);

        /// <summary>Configuration validation: The settings validate.</summary>
        public static readonly ChecklistItem ConfigurationValidation = new("prelaunch.configuration-validation", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Configuration validation", ItemBinding.Check);

        /// <summary>Database connectivity: SELECT 1 succeeds against the database.</summary>
        public static readonly ChecklistItem DatabaseConnectivity = new("prelaunch.database-connectivity", ReadinessCategory.PreLaunch, "Pre-Launch Verification", "Database connectivity", ItemBinding.Check);
    }
}
