namespace Pipeline.Readiness;

/// <summary>One configuration value and where it came from (file and line), so a finding can point at it.</summary>
public sealed record ConfigurationEntry(string Key, string Value, string File, int Line)
{
    /// <summary><c>file(line)</c>, as findings and messages show it.</summary>
    public string Source => $"{File}({Line})";
}
