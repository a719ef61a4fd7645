using System.Globalization;
using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>One diagnostic in MSBuild's canonical form <c>file(line,col): warning CODE: message [project]</c>.</summary>
internal sealed partial record MsBuildDiagnostic(string File, int Line, bool IsError, string Code, string Message)
{
    public static IEnumerable<MsBuildDiagnostic> Parse(string output) => output.Split('\n')
        .Select(l => Canonical().Match(l.TrimEnd('\r')))
        .Where(m => m.Success)
        .Select(m => new MsBuildDiagnostic(m.Groups["file"].Value.Trim(), int.Parse(m.Groups["line"].Value, CultureInfo.InvariantCulture),
            m.Groups["severity"].Value == "error", m.Groups["code"].Value, m.Groups["message"].Value.Trim()))
        .Distinct();

    [GeneratedRegex(@"^(?<file>[^(]+)\((?<line>\d+),\d+(?:,\d+,\d+)?\): (?<severity>warning|error) (?<code>[A-Za-z]+\d*): (?<message>.*?)(?: \[[^\]]+\])?$")]
    private static partial Regex Canonical();
}
