namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Operations items of the seed checklist.</summary>
    public static class Operations
    {
        /// <summary>CI/CD pipeline: Automated build and deploy configured.</summary>
        public static readonly ChecklistItem CiCdPipeline = new("operations.ci-cd-pipeline", ReadinessCategory.Operations, "Deployment", "CI/CD pipeline", ItemBinding.Check);

        /// <summary>Rollback tested: The rollback procedure works (drill, attested).</summary>
        public static readonly ChecklistItem RollbackTested = new("operations.rollback-tested", ReadinessCategory.Operations, "Deployment", "Rollback tested", ItemBinding.Attestation(SignOffRole.Operations, 90));

        /// <summary>Blue-green or canary: A deployment strategy is defined.</summary>
        public static readonly ChecklistItem DeploymentStrategy = new("operations.deployment-strategy", ReadinessCategory.Operations, "Deployment", "Blue-green or canary", ItemBinding.Check);

        /// <summary>Zero-downtime deploys: Rolling updates configured.</summary>
        public static readonly ChecklistItem ZeroDowntime = new("operations.zero-downtime", ReadinessCategory.Operations, "Deployment", "Zero-downtime deploys", ItemBinding.Check);

        /// <summary>Liveness probe configured: The container restarts on failure.</summary>
        public static readonly ChecklistItem LivenessProbe = new("operations.liveness-probe", ReadinessCategory.Operations, "Health Checks", "Liveness probe configured", ItemBinding.Check);

        /// <summary>Readiness probe configured: Traffic only when ready.</summary>
        public static readonly ChecklistItem ReadinessProbe = new("operations.readiness-probe", ReadinessCategory.Operations, "Health Checks", "Readiness probe configured", ItemBinding.Check);

        /// <summary>Health check documented: The load balancer health check is configured.</summary>
        public static readonly ChecklistItem HealthCheckDocumented = new("operations.health-check-documented", ReadinessCategory.Operations, "Health Checks", "Health check documented", ItemBinding.Check);

        /// <summary>Recovery procedure documented: A step-by-step recovery guide exists.</summary>
        public static readonly ChecklistItem RecoveryProcedure = new("operations.recovery-procedure", ReadinessCategory.Operations, "Disaster Recovery", "Recovery procedure documented", ItemBinding.Check);

        /// <summary>Recovery tested: A simulated failure and recovery (drill, attested).</summary>
        public static readonly ChecklistItem RecoveryTested = new("operations.recovery-tested", ReadinessCategory.Operations, "Disaster Recovery", "Recovery tested", ItemBinding.Attestation(SignOffRole.Operations, 90));

        /// <summary>RTO/RPO defined: Recovery time and point objectives are documented.</summary>
        public static readonly ChecklistItem RtoRpo = new("operations.rto-rpo", ReadinessCategory.Operations, "Disaster Recovery", "RTO/RPO defined", ItemBinding.Check);

        /// <summary>Incident response plan: Escalation procedures are defined.</summary>
        public static readonly ChecklistItem IncidentResponse = new("operations.incident-response", ReadinessCategory.Operations, "Disaster Recovery", "Incident response plan", ItemBinding.Check);

        /// <summary>Runbook created: Common operational tasks are documented.</summary>
        public static readonly ChecklistItem Runbook = new("operations.runbook", ReadinessCategory.Operations, "Documentation", "Runbook created", ItemBinding.Check);

        /// <summary>Architecture diagram: The system architecture is documented.</summary>
        public static readonly ChecklistItem ArchitectureDiagram = new("operations.architecture-diagram", ReadinessCategory.Operations, "Documentation", "Architecture diagram", ItemBinding.Check);

        /// <summary>API documentation: The OpenAPI document is accurate and complete.</summary>
        public static readonly ChecklistItem ApiDocumentation = new("operations.api-documentation", ReadinessCategory.Operations, "Documentation", "API documentation", ItemBinding.Check);
    }
}
