namespace Pipeline.Readiness;

/// <summary>Where the version-controlled governance files live, relative to the repository root.</summary>
internal static class GovernancePaths
{
    /// <summary><c>readiness/waivers.yaml</c>.</summary>
    public const string Waivers = "readiness/waivers.yaml";

    /// <summary><c>readiness/attestations.yaml</c>.</summary>
    public const string Attestations = "readiness/attestations.yaml";

    /// <summary><c>readiness/signoffs.yaml</c>.</summary>
    public const string SignOffs = "readiness/signoffs.yaml";
}
