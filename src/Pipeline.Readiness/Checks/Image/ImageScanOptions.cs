namespace Pipeline.Readiness.Checks.Image;

/// <summary>Options of the image checks: the image (an archive from <c>docker save</c>, or a name for an engine),
/// the Dockerfile, the expected ports and the size budget.</summary>
public sealed record ImageScanOptions : ICheckOptions
{
    /// <summary>An image archive written by <c>docker save</c>, relative to the root; null when an engine supplies the image.</summary>
    public string? Archive { get; init; }

    /// <summary>The image name for an engine (e.g. <c>orders-api:1.4.2</c>).</summary>
    public string? Image { get; init; }

    /// <summary>The Dockerfile to check statically, relative to the root (default <c>Dockerfile</c>).</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Build arguments <c>BuildImage</c> passes to <c>docker build</c> (<c>--build-arg NAME=VALUE</c>), e.g. the
    /// base image a Dockerfile's <c>ARG BASE_IMAGE</c> names; empty: the Dockerfile's defaults.</summary>
    public IReadOnlyDictionary<string, string> BuildArguments { get; init; } = new Dictionary<string, string>();

    /// <summary>The ports the image must expose, exactly (e.g. <c>8080/tcp</c>); null: not checked.</summary>
    public IReadOnlyList<string>? ExpectedPorts { get; init; }

    /// <summary>The largest acceptable image, in bytes of layer content (default 500 MiB).</summary>
    public long MaximumBytes { get; init; } = 500L * 1024 * 1024;

    /// <summary>A folder of OSV records (Debian, Alpine) to match the image's OS packages against; null: inventory only.</summary>
    public string? OsvDirectory { get; init; }

    /// <summary>OS advisories at or above this severity fail the item (default High).</summary>
    public AdvisorySeverity BlockingSeverity { get; init; } = AdvisorySeverity.High;

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        foreach (var name in BuildArguments.Keys.Where(n => string.IsNullOrWhiteSpace(n) || n.Contains('=', StringComparison.Ordinal)))
        {
            yield return $"BuildArguments: '{name}' is not a build argument name";
        }

        if (MaximumBytes <= 0)
        {
            yield return $"MaximumBytes: must be positive (got {MaximumBytes})";
        }
    }
}
