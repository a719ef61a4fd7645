using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Operations.Documents;

/// <summary>Reads a repository's documentation as sections: Markdown (<c>#</c> headings, fenced code skipped),
/// reStructuredText (a title over a line of <c>= - ~ ^ " ' * + #</c>) and AsciiDoc (<c>=</c> headings), from the docs
/// folder and the root (README, ARCHITECTURE.md and the like).</summary>
internal static partial class DocumentReader
{
    /// <summary>The extensions read as documents.</summary>
    public static IReadOnlySet<string> Extensions { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".rst", ".adoc", ".asciidoc" };

    /// <summary>Every document under <paramref name="folder"/> (relative to <paramref name="root"/>) and at the root,
    /// as paths relative to the root.</summary>
    public static List<string> Documents(string root, string folder)
    {
        var inFolder = RepositoryTree.Classify(root, Path.Combine(root, folder)) == RepositoryTree.Kind.Directory
            ? RepositoryTree.Files(Path.Combine(root, folder)).Select(f => Path.Combine(folder, f).Replace('\\', '/'))
            : [];
        var atRoot = Directory.EnumerateFiles(root).Where(f => RepositoryTree.Classify(root, f, followLinks: false) == RepositoryTree.Kind.File)
            .Select(Path.GetFileName).OfType<string>();
        return [.. inFolder.Concat(atRoot).Where(f => Extensions.Contains(Path.GetExtension(f))).Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>The sections of one document (<paramref name="file"/> relative to <paramref name="root"/>).</summary>
    public static List<DocumentSection> Sections(string root, string file)
    {
        var lines = File.ReadAllText(Path.Combine(root, file)).ReplaceLineEndings("\n").Split('\n');
        var headings = Headings(lines, Path.GetExtension(file).ToLowerInvariant()).ToList();
        var sections = new List<DocumentSection>();
        if (headings.Count == 0 || headings[0].Index > 0)
        {
            sections.Add(new DocumentSection(file, "", 1, 1, string.Join('\n', lines[..(headings.Count == 0 ? lines.Length : headings[0].Index)])));
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var (index, level, title, skip) = headings[i];
            var end = headings.Skip(i + 1).FirstOrDefault(h => h.Level <= level) is { Title: not null } next ? next.Index : lines.Length;
            sections.Add(new DocumentSection(file, title, level, index + 1, string.Join('\n', lines[Math.Min(index + skip, end)..end])));
        }

        return sections;
    }

    private static IEnumerable<(int Index, int Level, string Title, int Skip)> Headings(string[] lines, string extension)
    {
        var fence = false;
        var underlines = new List<char>(); // reStructuredText: levels in the order the underline characters first appear
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (Fence().IsMatch(line))
            {
                fence = !fence;
                continue;
            }

            if (fence)
            {
                continue;
            }

            if (extension is ".md" or ".markdown" && MarkdownHeading().Match(line) is { Success: true } markdown)
            {
                yield return (i, markdown.Groups[1].Length, markdown.Groups[2].Value.Trim(), 1);
            }
            else if (extension is ".adoc" or ".asciidoc" && AsciiDocHeading().Match(line) is { Success: true } ascii)
            {
                yield return (i, ascii.Groups[1].Length, ascii.Groups[2].Value.Trim(), 1);
            }
            else if (extension == ".rst" && i + 1 < lines.Length && line.Trim().Length > 0 && !RstUnderline().IsMatch(line)
                && RstUnderline().IsMatch(lines[i + 1]) && lines[i + 1].TrimEnd().Length >= line.Trim().Length)
            {
                var marker = lines[i + 1][0];
                if (!underlines.Contains(marker))
                {
                    underlines.Add(marker);
                }

                yield return (i, underlines.IndexOf(marker) + 1, line.Trim(), 2);
                i++;
            }
        }
    }

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(#{1,6})\s+(.+?)\s*#*\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(={1,6})\s+(.+)$")]
    private static partial Regex AsciiDocHeading();

    [GeneratedRegex(@"^([=\-~^""'*+#`:.])\1{2,}\s*$")]
    private static partial Regex RstUnderline();
}
