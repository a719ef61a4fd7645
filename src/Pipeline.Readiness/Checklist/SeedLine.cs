namespace Pipeline.Readiness;

/// <summary>A checkbox line of the seed checklist: its index in the file, the <c>##</c> and <c>###</c> headings
/// above it, and the bold title.</summary>
internal sealed record SeedLine(int Index, string Heading, string Section, string Title);
