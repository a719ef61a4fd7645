namespace Pipeline;

/// <summary>Marks a field or property of the build as a parameter, set from <c>--kebab-case</c> arguments,
/// environment variables, <c>.nuke/parameters.&lt;profile&gt;.json</c> or <c>.nuke/parameters.json</c>.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string? description = null) : Attribute
{
    /// <summary>The text shown by <c>--help</c>.</summary>
    public string? Description { get; } = description;

    /// <summary>Overrides the name (default: the member's name).</summary>
    public string? Name { get; init; }
}
