namespace Pipeline.Hosts;

/// <summary>A developer's terminal: a header line per target, no annotations, no summary file.</summary>
internal sealed class LocalHost : ICiHost
{
    public string Name => "Terminal";

    public bool RendersColor => false;

    public int AnnotationLimit => 0;

    public string BeginGroup(string title) => $"── {title} " + new string('─', Math.Max(3, 60 - title.Length));

    public string? EndGroup(string title) => null;

    public string? Annotation(LogLevel level, string title, string message) => null;

    public void WriteSummary(string markdown)
    {
    }
}
