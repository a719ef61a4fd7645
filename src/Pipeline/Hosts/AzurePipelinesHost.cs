namespace Pipeline.Hosts;

/// <summary>Azure Pipelines: <c>##[group]</c> and <c>##vso[task.logissue]</c> logging commands. Azure states no
/// per-step limit; we cap at 10 of each kind like GitHub so the issues tab stays readable.</summary>
internal sealed class AzurePipelinesHost : ICiHost
{
    public string Name => "Azure Pipelines";

    public bool RendersColor => true;

    public int AnnotationLimit => 10;

    public string BeginGroup(string title) => $"##[group]{EscapeData(title)}";

    public string? EndGroup(string title) => "##[endgroup]";

    public string? Annotation(LogLevel level, string title, string message) => level switch
    {
        LogLevel.Error => $"##vso[task.logissue type=error]{EscapeData($"{title}: {message}")}",
        LogLevel.Warning => $"##vso[task.logissue type=warning]{EscapeData($"{title}: {message}")}",
        _ => null,
    };

    public void WriteSummary(string markdown)
    {
    }

    /// <summary>Escapes a logging command's message.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%AZP25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);
}
