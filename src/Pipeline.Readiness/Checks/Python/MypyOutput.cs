using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>mypy's text output (Debian's mypy 1.0 has no JSON output): <c>file:line[:column]: error: message  [code]</c>
/// lines and the closing summary (<c>Success: no issues found in N source files</c> / <c>Found E errors in F files
/// (checked N source files)</c>). Import errors — a module with neither code nor stubs — are told apart, with the
/// module's name, since they mean the project's dependencies are not installed rather than a type error.</summary>
internal static partial class MypyOutput
{
    public sealed record Error(string File, int Line, string Message, string Code, string? MissingModule);

    public static (List<Error> Errors, int? Checked) Parse(string output)
    {
        var errors = new List<Error>();
        foreach (Match match in Line().Matches(output))
        {
            var message = match.Groups["message"].Value.Trim();
            var code = match.Groups["code"].Success ? match.Groups["code"].Value : "error";
            var missing = Missing().Match(message) is { Success: true } module && code is "import" or "import-not-found" or "import-untyped" or "error"
                ? module.Groups["module"].Value : null;
            errors.Add(new Error(match.Groups["file"].Value.Replace('\\', '/'), int.Parse(match.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture),
                message, code, missing));
        }

        var summary = Summary().Match(output);
        return (errors, summary.Success ? int.Parse(summary.Groups["checked"].Value, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [GeneratedRegex(@"^(?<file>[^:\n]+):(?<line>\d+)(?::\d+)?: error: (?<message>.*?)(?:\s+\[(?<code>[a-z0-9-]+)\])?\r?$", RegexOptions.Multiline)]
    private static partial Regex Line();

    [GeneratedRegex(@"(?:Cannot find implementation or library stub for module named|Library stubs not installed for|Skipping analyzing) ""(?<module>[^""]+)""")]
    private static partial Regex Missing();

    [GeneratedRegex(@"(?:no issues found in|\(checked) (?<checked>\d+) source files?", RegexOptions.Multiline)]
    private static partial Regex Summary();
}
