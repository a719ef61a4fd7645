using System.Text;
using System.Text.RegularExpressions;

namespace Pipeline.CiConfiguration;

/// <summary>YAML scalars as the generated files write them: plain when that reads back as the same string,
/// single-quoted otherwise.</summary>
internal static partial class Yaml
{
    public static string Scalar(string text) =>
        PlainSafe().IsMatch(text) && text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off") ? text : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>Appends one list entry per item (<c>- item</c>) at <paramref name="indent"/>.</summary>
    public static StringBuilder AppendItems(this StringBuilder text, string indent, IEnumerable<string> items)
    {
        foreach (var item in items)
        {
            text.Append(indent).Append("- ").AppendLine(Scalar(item));
        }

        return text;
    }

    /// <summary>Appends the lines of a literal block (<c>|</c>) at <paramref name="indent"/>.</summary>
    public static StringBuilder AppendBlock(this StringBuilder text, string indent, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(indent).AppendLine(line);
        }

        return text;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./ +=-]*$")]
    private static partial Regex PlainSafe();
}
