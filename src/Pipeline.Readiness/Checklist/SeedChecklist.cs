using System.Reflection;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness;

/// <summary>The seed checklist (<c>production-readiness-checklist.md</c>, embedded) and its checkbox lines.</summary>
internal static partial class SeedChecklist
{
    public static string Text { get; } = Load();

    /// <summary>Every <c>- [ ] **Title**: …</c> line with the headings above it. Under a <c>##</c> heading without
    /// <c>###</c> sub-sections (Post-Launch) the section is the <c>##</c> heading itself.</summary>
    public static IReadOnlyList<SeedLine> CheckboxLines(string text)
    {
        var result = new List<SeedLine>();
        var (heading, section) = (string.Empty, string.Empty);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                heading = section = line[3..].Trim();
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                section = line[4..].Trim();
            }
            else if (Checkbox().Match(line) is { Success: true } match)
            {
                result.Add(new SeedLine(i, heading, section, match.Groups["title"].Value));
            }
        }

        return result;
    }

    /// <summary>The item a seed line stands for: same section and title.</summary>
    public static ChecklistItem? ItemFor(SeedLine line, IEnumerable<ChecklistItem> items) =>
        items.FirstOrDefault(i => i.Section == line.Section && i.Title == line.Title);

    [GeneratedRegex(@"^- \[[ xX]\] \*\*(?<title>[^*]+)\*\*")]
    private static partial Regex Checkbox();

    private static string Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("production-readiness-checklist.md")!;
        return new StreamReader(stream).ReadToEnd();
    }
}
