namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The Testing items of the seed checklist.</summary>
    public static class Testing
    {
        /// <summary>All tests passing: 100 % pass rate.</summary>
        public static readonly ChecklistItem AllTestsPassing = new("testing.all-tests-passing", ReadinessCategory.Testing, "Test Suite", "All tests passing", ItemBinding.Check);

        /// <summary>Coverage acceptable: At least 80 % line coverage.</summary>
        public static readonly ChecklistItem CoverageAcceptable = new("testing.coverage-acceptable", ReadinessCategory.Testing, "Test Suite", "Coverage acceptable", ItemBinding.Check);

        /// <summary>Security tests pass: All security-specific tests pass.</summary>
        public static readonly ChecklistItem SecurityTests = new("testing.security-tests", ReadinessCategory.Testing, "Test Suite", "Security tests pass", ItemBinding.Check);

        /// <summary>Load test completed: The system handles expected traffic.</summary>
        public static readonly ChecklistItem LoadTest = new("testing.load-test", ReadinessCategory.Testing, "Load Testing", "Load test completed", ItemBinding.Check);

        /// <summary>Performance baseline: Response time benchmarks are recorded.</summary>
        public static readonly ChecklistItem PerformanceBaseline = new("testing.performance-baseline", ReadinessCategory.Testing, "Load Testing", "Performance baseline", ItemBinding.Check);

        /// <summary>Capacity limits known: Maximum throughput is documented.</summary>
        public static readonly ChecklistItem CapacityLimits = new("testing.capacity-limits", ReadinessCategory.Testing, "Load Testing", "Capacity limits known", ItemBinding.Check);

        /// <summary>External services tested: Auth provider, storage and email integration verified (attested).</summary>
        public static readonly ChecklistItem ExternalServices = new("testing.external-services", ReadinessCategory.Testing, "Integration Testing", "External services tested", ItemBinding.Attestation(SignOffRole.TechLead, 90));

        /// <summary>End-to-end flow tested: Critical user journeys validated (attested).</summary>
        public static readonly ChecklistItem EndToEnd = new("testing.end-to-end", ReadinessCategory.Testing, "Integration Testing", "End-to-end flow tested", ItemBinding.Attestation(SignOffRole.TechLead, 90));

        /// <summary>Error handling tested: Graceful degradation verified (attested).</summary>
        public static readonly ChecklistItem ErrorHandling = new("testing.error-handling", ReadinessCategory.Testing, "Integration Testing", "Error handling tested", ItemBinding.Attestation(SignOffRole.TechLead, 90));
    }
}
