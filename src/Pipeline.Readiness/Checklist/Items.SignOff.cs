namespace Pipeline.Readiness;

public static partial class Items
{
    /// <summary>The SignOff items of the seed checklist.</summary>
    public static class SignOff
    {
        /// <summary>Developer: Signed off by the developer on this commit.</summary>
        public static readonly ChecklistItem Developer = new("signoff.developer", ReadinessCategory.SignOff, "Sign-Off", "Developer", ItemBinding.SignOff(SignOffRole.Developer));

        /// <summary>Tech Lead: Signed off by the tech lead on this commit.</summary>
        public static readonly ChecklistItem TechLead = new("signoff.tech-lead", ReadinessCategory.SignOff, "Sign-Off", "Tech Lead", ItemBinding.SignOff(SignOffRole.TechLead));

        /// <summary>Security: Signed off by security on this commit.</summary>
        public static readonly ChecklistItem Security = new("signoff.security", ReadinessCategory.SignOff, "Sign-Off", "Security", ItemBinding.SignOff(SignOffRole.Security));

        /// <summary>Operations: Signed off by operations on this commit.</summary>
        public static readonly ChecklistItem Operations = new("signoff.operations", ReadinessCategory.SignOff, "Sign-Off", "Operations", ItemBinding.SignOff(SignOffRole.Operations));
    }
}
