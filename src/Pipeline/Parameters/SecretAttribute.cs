namespace Pipeline;

/// <summary>Marks a parameter as secret: its value is replaced by <c>***</c> in everything the build and the
/// processes it runs print.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
