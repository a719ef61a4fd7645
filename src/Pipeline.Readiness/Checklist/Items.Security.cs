namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Security items of the seed checklist.</summary>
    public static class Security
    {
        /// <summary>Auth provider configured: AUTH_PROVIDER_TYPE is not none.</summary>
        public static readonly ChecklistItem AuthProvider = new("security.auth-provider", ReadinessCategory.Security, "Authentication & Authorization", "Auth provider configured", ItemBinding.Check);

        /// <summary>JWT algorithm secure: RS256/ES256, not HS256.</summary>
        public static readonly ChecklistItem JwtAlgorithm = new("security.jwt-algorithm", ReadinessCategory.Security, "Authentication & Authorization", "JWT algorithm secure", ItemBinding.Check);

        /// <summary>JWT public key set: JWT_PUBLIC_KEY configured correctly.</summary>
        public static readonly ChecklistItem JwtPublicKey = new("security.jwt-public-key", ReadinessCategory.Security, "Authentication & Authorization", "JWT public key set", ItemBinding.Check);

        /// <summary>Issuer validated: AUTH_PROVIDER_ISSUER matches the token issuer.</summary>
        public static readonly ChecklistItem IssuerValidated = new("security.issuer-validated", ReadinessCategory.Security, "Authentication & Authorization", "Issuer validated", ItemBinding.Check);

        /// <summary>RBAC enforced: Role-based access control for sensitive operations.</summary>
        public static readonly ChecklistItem RbacEnforced = new("security.rbac-enforced", ReadinessCategory.Security, "Authentication & Authorization", "RBAC enforced", ItemBinding.Check);

        /// <summary>Tenant isolation enabled: ENFORCE_TENANT_ISOLATION=true for multi-tenant deployments.</summary>
        public static readonly ChecklistItem TenantIsolation = new("security.tenant-isolation", ReadinessCategory.Security, "Authentication & Authorization", "Tenant isolation enabled", ItemBinding.Check);

        /// <summary>TLS/SSL enabled: All traffic uses HTTPS.</summary>
        public static readonly ChecklistItem Tls = new("security.tls", ReadinessCategory.Security, "Network Security", "TLS/SSL enabled", ItemBinding.Check);

        /// <summary>CORS restricted: Only production origins; no * or localhost.</summary>
        public static readonly ChecklistItem CorsRestricted = new("security.cors-restricted", ReadinessCategory.Security, "Network Security", "CORS restricted", ItemBinding.Check);

        /// <summary>Rate limiting active: A rate limiter with appropriate limits.</summary>
        public static readonly ChecklistItem RateLimiting = new("security.rate-limiting", ReadinessCategory.Security, "Network Security", "Rate limiting active", ItemBinding.Check);

        /// <summary>No debug endpoints exposed: /docs and /openapi.json disabled or protected.</summary>
        public static readonly ChecklistItem NoDebugEndpoints = new("security.no-debug-endpoints", ReadinessCategory.Security, "Network Security", "No debug endpoints exposed", ItemBinding.Check);

        /// <summary>Health endpoints unauthenticated: /health and /metrics reachable for monitoring.</summary>
        public static readonly ChecklistItem HealthEndpointsOpen = new("security.health-endpoints-open", ReadinessCategory.Security, "Network Security", "Health endpoints unauthenticated", ItemBinding.Check);

        /// <summary>No secrets in code: All secrets loaded from the environment.</summary>
        public static readonly ChecklistItem NoSecretsInCode = new("security.no-secrets-in-code", ReadinessCategory.Security, "Secrets Management", "No secrets in code", ItemBinding.Check);

        /// <summary>No .env in production: Proper secrets management instead of .env files.</summary>
        public static readonly ChecklistItem NoEnvFile = new("security.no-env-file", ReadinessCategory.Security, "Secrets Management", "No .env in production", ItemBinding.Check);

        /// <summary>Database credentials rotated: Initial credentials changed from defaults.</summary>
        public static readonly ChecklistItem DatabaseCredentialsRotated = new("security.database-credentials-rotated", ReadinessCategory.Security, "Secrets Management", "Database credentials rotated", ItemBinding.Check);

        /// <summary>API keys rotated: Production keys, not test keys.</summary>
        public static readonly ChecklistItem ApiKeysRotated = new("security.api-keys-rotated", ReadinessCategory.Security, "Secrets Management", "API keys rotated", ItemBinding.Check);

        /// <summary>Dependencies scanned: No known vulnerabilities in dependencies.</summary>
        public static readonly ChecklistItem DependenciesScanned = new("security.dependencies-scanned", ReadinessCategory.Security, "Vulnerability Checks", "Dependencies scanned", ItemBinding.Check);

        /// <summary>Container image scanned: The image passes a security scan.</summary>
        public static readonly ChecklistItem ContainerImageScanned = new("security.container-image-scanned", ReadinessCategory.Security, "Vulnerability Checks", "Container image scanned", ItemBinding.Check);

        /// <summary>SQL injection tests pass: All SQL injection tests pass.</summary>
        public static readonly ChecklistItem SqlInjectionTests = new("security.sql-injection-tests", ReadinessCategory.Security, "Vulnerability Checks", "SQL injection tests pass", ItemBinding.Check);

        /// <summary>XSS tests pass: All XSS tests pass.</summary>
        public static readonly ChecklistItem XssTests = new("security.xss-tests", ReadinessCategory.Security, "Vulnerability Checks", "XSS tests pass", ItemBinding.Check);

        /// <summary>Auth tests pass: All authentication tests pass.</summary>
        public static readonly ChecklistItem AuthTests = new("security.auth-tests", ReadinessCategory.Security, "Vulnerability Checks", "Auth tests pass", ItemBinding.Check);
    }
}
