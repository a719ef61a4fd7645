namespace Pipeline.Readiness;

/// <summary>One configuration value and where it came from (file and line), so a finding can point at it. A value
/// held in a Kubernetes Secret is a <see cref="Reference"/> (<c>Secret orders-db/url</c>): present, but not visible.</summary>
public sealed record ConfigurationEntry(string Key, string Value, string File, int Line, string? Reference = null)
{
    /// <summary><c>file(line)</c>, as findings and messages show it.</summary>
    public string Source => $"{File}({Line})";

    /// <summary>How a message shows the value: the value itself, or the reference for a secret.</summary>
    public string Shown => Reference is null ? $"'{Value}'" : $"({Reference})";
}
