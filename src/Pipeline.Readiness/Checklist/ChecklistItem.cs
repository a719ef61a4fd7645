namespace Pipeline.Readiness;

/// <summary>One checklist item: a stable id (<c>security.jwt-algorithm</c>), where it sits in the seed, its title
/// as the seed writes it, and what decides it.</summary>
public sealed record ChecklistItem(string Id, ReadinessCategory Category, string Section, string Title, ItemBinding Binding)
{
    /// <summary>Whether this item can block a release (post-launch items cannot).</summary>
    public bool Gates => Binding is not AfterLaunchBinding;
}
