using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Operations.Documents;

/// <summary>What a section's text shows beyond keywords: steps an operator can follow (numbered steps, shell commands),
/// a drawn diagram, or only placeholders (example.com links, TODO, "create runbooks for …"), which never count.</summary>
internal static partial class DocumentSignals
{
    /// <summary>Whether the body holds steps an operator runs: numbered steps, a shell code block, or a command in
    /// inline code (<c>kubectl …</c>). Source code in another language (a Python block) is not a procedure.</summary>
    public static bool HasSteps(string body) => NumberedSteps().IsMatch(body) || ShellBlock().IsMatch(body) || InlineCommand().IsMatch(body)
        || RstShellBlock().IsMatch(body);

    /// <summary>Whether the body is a procedure for an operator: it has steps, and its source code (blocks in Python,
    /// C#, SQL…) does not outweigh them — a guide to implementing a feature is not a procedure.</summary>
    public static bool IsProcedure(string body)
    {
        if (!HasSteps(body))
        {
            return false;
        }

        var (source, shell) = (0, 0);
        foreach (var block in CodeBlock().Matches(body).Select(m => m.Value))
        {
            var lines = block.Count(c => c == '\n') - 1;
            if (ShellBlock().IsMatch(block) || !SourceBlock().IsMatch(block))
            {
                shell += lines;
            }
            else
            {
                source += lines;
            }
        }

        var steps = shell + NumberedStep().Count(body) + InlineCommand().Count(body);
        return source <= 3 * steps;
    }

    /// <summary>Whether the body is a placeholder: every link points at an example host, or it says what is still to be
    /// written (TODO, TBD, "create runbooks for", "coming soon").</summary>
    public static bool IsPlaceholder(string body)
    {
        if (ToBeWritten().IsMatch(body))
        {
            return true;
        }

        var links = Link().Matches(body).Select(m => m.Value).ToList();
        var text = Link().Replace(CodeBlock().Replace(body, ""), "");
        return links.Count > 0 && links.All(l => ExampleHost().IsMatch(l)) && Words().Count(text) < 40;
    }

    /// <summary>Whether the body draws a diagram: a mermaid or PlantUML block, an image, or a fenced block drawn
    /// with box and arrow characters (at least three lines of them).</summary>
    public static bool HasDiagram(string body) => DiagramBlock().IsMatch(body) || Image().Matches(body).Any(m => !Badge().IsMatch(m.Value))
        || CodeBlock().Matches(body).Any(block => block.Value.Split('\n').Count(l => Drawing().IsMatch(l)) >= 3);

    [GeneratedRegex(@"^\s*1[.)] \S.*\n(?:.*\n){0,12}?\s*2[.)] \S", RegexOptions.Multiline)]
    private static partial Regex NumberedSteps();

    [GeneratedRegex(@"^\s*(```|~~~)\s*(python|py|csharp|cs|c#|java|go|golang|js|javascript|ts|typescript|sql|rust|ruby|php|kotlin|json|yaml|yml|toml|xml|html)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBlock();

    [GeneratedRegex(@"^\s*\d+[.)] \S", RegexOptions.Multiline)]
    private static partial Regex NumberedStep();

    [GeneratedRegex(@"^\s*(```|~~~)\s*(bash|sh|shell|console|zsh|powershell|pwsh|ps1|cmd|bat)\b", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex ShellBlock();

    [GeneratedRegex(@"^\s*\.\. code(-block)?::\s*(bash|sh|shell|console|powershell)", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex RstShellBlock();

    [GeneratedRegex(@"(?<!`)`{1,2}(kubectl|helm|docker|podman|psql|pg_dump|pg_restore|pg_basebackup|alembic|dotnet|uv|pip|python3?|systemctl|curl|aws|az|gcloud|terraform|make|git|devspace|./\S+)[ \t][^`\n]+`{1,2}")]
    private static partial Regex InlineCommand();

    [GeneratedRegex(@"\b(TODO|TBD|FIXME)\b|(?i:create runbooks? for|coming soon|to be (written|documented|defined)|fill (this|in))")]
    private static partial Regex ToBeWritten();

    [GeneratedRegex(@"https?://[^\s)>\]""']+")]
    private static partial Regex Link();

    [GeneratedRegex(@"^https?://([a-z0-9\-]+\.)*(example\.(com|org|net)|localhost|your[a-z\-]*\.[a-z]+)(:\d+)?(/|$)", RegexOptions.IgnoreCase)]
    private static partial Regex ExampleHost();

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"(```|~~~)[^\n]*\n[\s\S]*?\n\s*(```|~~~)")]
    private static partial Regex CodeBlock();

    [GeneratedRegex(@"```\s*(mermaid|plantuml|puml|dot|graphviz|d2)\b|^\s*\.\. (mermaid|uml|graphviz|graph|digraph|figure|image)::|^\[(plantuml|mermaid|graphviz)|@startuml", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex DiagramBlock();

    [GeneratedRegex(@"!\[[^\]]*\]\([^)]+\.(svg|png|jpe?g|gif|webp)\)|image::[^\[]+\.(svg|png|jpe?g)", RegexOptions.IgnoreCase)]
    private static partial Regex Image();

    /// <summary>Status badges and logos, which are images but draw no system.</summary>
    [GeneratedRegex(@"badge|shields\.io|/workflows/|logo|icon|screenshot", RegexOptions.IgnoreCase)]
    private static partial Regex Badge();

    [GeneratedRegex(@"[│┃║▼▲►◄↓↑→←┌┐└┘├┤┬┴┼─═]|-->|<--|->|<-|\+-{2,}|\|\s{2,}\S.*\|")]
    private static partial Regex Drawing();
}
