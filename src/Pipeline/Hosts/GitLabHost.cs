namespace Pipeline.Hosts;

/// <summary>GitLab CI: collapsible log sections; GitLab has no annotation command.</summary>
internal sealed class GitLabHost(TimeProvider time) : ICiHost
{
    private const string EraseLine = "\u001b[0K";

    public string Name => "GitLab CI";

    public bool RendersColor => true;

    public int AnnotationLimit => 0;

    public string BeginGroup(string title) =>
        $"{EraseLine}section_start:{Now()}:{SectionId(title)}[collapsed=true]\r{EraseLine}{title}";

    public string? EndGroup(string title) => $"{EraseLine}section_end:{Now()}:{SectionId(title)}\r{EraseLine}";

    public string? Annotation(LogLevel level, string title, string message) => null;

    public void WriteSummary(string markdown)
    {
    }

    private long Now() => time.GetUtcNow().ToUnixTimeSeconds();

    private static string SectionId(string title) =>
        "target_" + new string([.. title.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_')]);
}
