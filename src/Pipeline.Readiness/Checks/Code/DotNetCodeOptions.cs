namespace Pipeline.Readiness.Checks.Code;

/// <summary>Options of the .NET code checks: what to build and test, on top of the thresholds every stack shares
/// (<see cref="CodeOptions"/>).</summary>
public sealed record DotNetCodeOptions : CodeOptions
{
    /// <summary>Solution or project to check, relative to the root; null finds the root's only solution or project.</summary>
    public string? Target { get; init; }

    /// <summary>Build configuration for tests.</summary>
    public string Configuration { get; init; } = "Debug";

    /// <inheritdoc />
    public override IEnumerable<string> Validate() =>
        base.Validate().Concat(string.IsNullOrWhiteSpace(Configuration) ? ["Configuration: must not be empty"] : []);
}
