namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Where the committed OpenAPI document is and how the running service serves its own.</summary>
public sealed record OpenApiDocumentOptions : ICheckOptions
{
    /// <summary>The committed document, relative to the root.</summary>
    public string Document { get; init; } = "openapi.json";

    /// <summary>The path the service serves its document on.</summary>
    public string Path { get; init; } = "/openapi.json";

    /// <summary>Settings laid over the probe's production environment so the service serves the document (production
    /// normally hides it), e.g. <c>EXPOSE_DOCS=true</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Top-level properties that differ per run and are not compared (the server URL carries the port).</summary>
    public IReadOnlyList<string> IgnoredProperties { get; init; } = ["servers"];

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Document))
        {
            yield return "Document must name the committed OpenAPI file";
        }

        if (!Path.StartsWith('/'))
        {
            yield return $"Path must start with '/' (got '{Path}')";
        }
    }
}
