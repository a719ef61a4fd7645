namespace Pipeline.Hosts;

/// <summary>Where the build runs: decides how target output is grouped, how problems become annotations,
/// and where the summary goes.</summary>
internal interface ICiHost
{
    string Name { get; }

    /// <summary>Whether the host's log renders ANSI colours.</summary>
    bool RendersColor { get; }

    /// <summary>Annotations of one level the host shows per step; further ones are counted, not emitted.</summary>
    int AnnotationLimit { get; }

    string BeginGroup(string title);

    string? EndGroup(string title);

    /// <summary>The line that turns a problem into an annotation, or null when the host has none.</summary>
    string? Annotation(LogLevel level, string title, string message);

    /// <summary>Appends Markdown to the host's job summary, when it has one.</summary>
    void WriteSummary(string markdown);
}
