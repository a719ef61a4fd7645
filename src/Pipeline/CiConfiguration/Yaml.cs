using System.Text.RegularExpressions;

namespace Pipeline.CiConfiguration;

/// <summary>YAML scalars as the generated files write them: plain when that reads back as the same string,
/// single-quoted otherwise.</summary>
internal static partial class Yaml
{
    public static string Scalar(string text) =>
        PlainSafe().IsMatch(text) && text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off") ? text : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    [GeneratedRegex(@"^[A-Za-z0-9_./][A-Za-z0-9_./ +=-]*$")]
    private static partial Regex PlainSafe();
}
