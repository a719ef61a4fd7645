namespace Pipeline.Readiness;

/// <summary>Marks a component's method that registers its checks (<c>void AddXChecks(ReadinessSetup setup)</c>); the
/// gate calls every such method of the components a build implements, after the build's own configuration.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ReadinessChecksAttribute(int order = 0) : Attribute
{
    /// <summary>Lower runs first (ties by method name), so registration order, and with it report order, is stable.</summary>
    public int Order { get; } = order;
}
