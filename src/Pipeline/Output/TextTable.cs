namespace Pipeline.Output;

/// <summary>Renders rows as padded plain-text columns or as a Markdown table.</summary>
internal static class TextTable
{
    public static IEnumerable<string> Plain(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = rows.Prepend(header).ToList();
        var widths = header.Select((_, i) => all.Max(r => i < r.Count ? r[i].Length : 0)).ToArray();
        return all.Select(r => string.Join("   ", r.Select((cell, i) => i == r.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
    }

    public static IEnumerable<string> Markdown(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        static string Row(IEnumerable<string> cells) =>
            "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |";

        yield return Row(header);
        yield return Row(header.Select(_ => "---"));
        foreach (var row in rows)
        {
            yield return Row(row);
        }
    }
}
