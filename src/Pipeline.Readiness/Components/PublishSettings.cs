namespace Pipeline.Readiness.Components;

/// <summary>What <c>Publish</c> packs and where it pushes.</summary>
public sealed record PublishSettings : ICheckOptions
{
    /// <summary>A folder or feed URL; null: <c>artifacts/feed</c> under the root.</summary>
    public string? Source { get; init; }

    /// <summary>The source's API key; null: none.</summary>
    public string? ApiKey { get; init; }

    /// <summary>Solutions or projects to pack, relative to the root; empty: the root's only solution, else every
    /// project under <c>src/</c>.</summary>
    public IReadOnlyList<string> Projects { get; init; } = [];

    /// <summary>The configuration packed.</summary>
    public string Configuration { get; init; } = "Release";

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Configuration))
        {
            yield return "Configuration: must not be empty";
        }
    }
}
