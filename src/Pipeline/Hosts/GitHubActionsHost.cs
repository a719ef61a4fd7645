namespace Pipeline.Hosts;

/// <summary>GitHub Actions: <c>::group::</c>, <c>::error::</c>/<c>::warning::</c> workflow commands (10 of each
/// kind are shown per step) and the job summary file named by <c>GITHUB_STEP_SUMMARY</c>.</summary>
internal sealed class GitHubActionsHost(string? summaryPath) : ICiHost
{
    public string Name => "GitHub Actions";

    public bool RendersColor => true;

    public int AnnotationLimit => 10;

    public string BeginGroup(string title) => $"::group::{EscapeData(title)}";

    public string? EndGroup(string title) => "::endgroup::";

    public string? Annotation(LogLevel level, string title, string message) => level switch
    {
        LogLevel.Error => $"::error title={EscapeProperty(title)}::{EscapeData(message)}",
        LogLevel.Warning => $"::warning title={EscapeProperty(title)}::{EscapeData(message)}",
        _ => null,
    };

    public void WriteSummary(string markdown)
    {
        if (!string.IsNullOrEmpty(summaryPath))
        {
            File.AppendAllText(summaryPath, markdown);
        }
    }

    /// <summary>Escapes a workflow command's message.</summary>
    public static string EscapeData(string text) =>
        text.Replace("%", "%25", StringComparison.Ordinal)
            .Replace("\r", "%0D", StringComparison.Ordinal)
            .Replace("\n", "%0A", StringComparison.Ordinal);

    /// <summary>Escapes a workflow command's property value.</summary>
    public static string EscapeProperty(string text) =>
        EscapeData(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
