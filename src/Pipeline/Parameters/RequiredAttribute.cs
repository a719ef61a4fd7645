namespace Pipeline;

/// <summary>Marks a parameter that must be set for any run; a missing one is invalid usage (exit code 2).</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;
