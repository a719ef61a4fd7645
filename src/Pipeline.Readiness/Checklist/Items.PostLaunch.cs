namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The PostLaunch items of the seed checklist.</summary>
    public static class PostLaunch
    {
        /// <summary>Monitor error rates: Watch for increased 5xx errors.</summary>
        public static readonly ChecklistItem ErrorRates = new("postlaunch.error-rates", ReadinessCategory.PostLaunch, "Post-Launch", "Monitor error rates", ItemBinding.AfterLaunch);

        /// <summary>Monitor latency: Check p95/p99 response times.</summary>
        public static readonly ChecklistItem Latency = new("postlaunch.latency", ReadinessCategory.PostLaunch, "Post-Launch", "Monitor latency", ItemBinding.AfterLaunch);

        /// <summary>Check alert noise: Tune alerts if too noisy or quiet.</summary>
        public static readonly ChecklistItem AlertNoise = new("postlaunch.alert-noise", ReadinessCategory.PostLaunch, "Post-Launch", "Check alert noise", ItemBinding.AfterLaunch);

        /// <summary>Gather feedback: Document issues for the next deployment.</summary>
        public static readonly ChecklistItem Feedback = new("postlaunch.feedback", ReadinessCategory.PostLaunch, "Post-Launch", "Gather feedback", ItemBinding.AfterLaunch);

        /// <summary>Update runbook: Add any new operational procedures.</summary>
        public static readonly ChecklistItem UpdateRunbook = new("postlaunch.update-runbook", ReadinessCategory.PostLaunch, "Post-Launch", "Update runbook", ItemBinding.AfterLaunch);
    }
}
