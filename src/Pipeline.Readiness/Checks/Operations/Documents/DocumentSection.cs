namespace Pipeline.Readiness.Checks.Operations.Documents;

/// <summary>One section of a document: its heading (empty for text before the first one), level (1 = title), the line
/// the heading is on, and its body — its own text and that of its subsections, up to the next heading of the same or a
/// higher level.</summary>
internal sealed record DocumentSection(string File, string Heading, int Level, int Line, string Body)
{
    /// <summary>Whether <paramref name="other"/> starts inside this section (a subsection, or this one).</summary>
    public bool Contains(DocumentSection other) => other.File == File && other.Line >= Line && other.Line <= Line + Body.Count(c => c == '\n') + 1;

    /// <summary>The section as a reason names it: <c>docs/DEPLOYMENT.md "Rollback Procedure" (456)</c>.</summary>
    public string Where => Heading.Length == 0 ? File : $"{File} \"{Heading}\" ({Line})";
}
