namespace Pipeline.Readiness.Checks.Dependencies;

/// <summary>Options of the dependency scan: what to scan, the severity that blocks, and an optional offline
/// advisory database (a folder of OSV JSON records) instead of the NuGet audit sources.</summary>
public sealed record DependencyScanOptions : ICheckOptions
{
    /// <summary>Solution or project, relative to the root; null finds the root's only one.</summary>
    public string? Target { get; init; }

    /// <summary>Advisories at or above this severity fail the item; lower ones are listed (default High).</summary>
    public AdvisorySeverity BlockingSeverity { get; init; } = AdvisorySeverity.High;

    /// <summary>A folder of OSV records (osv.dev's export format), relative to the root; null uses the NuGet audit sources.</summary>
    public string? OsvDirectory { get; init; }

    /// <summary>The OSV API asked for the advisories of Python packages when <see cref="OsvDirectory"/> is not set;
    /// unreachable, the item is an Error. Null: only an OSV folder is used.</summary>
    public Uri? OsvApi { get; init; } = new("https://api.osv.dev/");

    /// <summary>The transport for the OSV API (tests); null: the default.</summary>
    public HttpMessageHandler? OsvApiHandler { get; init; }

    /// <summary>The Python project's folder, relative to the root, whose lock files and requirements are scanned.</summary>
    public string PythonProjectDirectory { get; init; } = ".";

    /// <summary>The CycloneDX tool version that writes the SBOM, unless the root's tool manifest pins one.</summary>
    public string CycloneDxVersion { get; init; } = "6.3.1";

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (OsvDirectory is { Length: 0 })
        {
            yield return "OsvDirectory: must name a folder or be null";
        }
    }
}
