using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Reads VSTest TRX files: the counters, each failed test with its message and the first stack frame
/// inside the repository, and whether the run was aborted.</summary>
internal static partial class TrxReader
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static TestRunResult Read(IReadOnlyList<string> trxFiles, string root)
    {
        int total = 0, passed = 0, failed = 0, skipped = 0;
        var failures = new List<TestFailure>();
        string? aborted = null;
        foreach (var file in trxFiles)
        {
            var document = XDocument.Load(file);
            var summary = document.Root?.Element(Ns + "ResultSummary")
                ?? throw new InvalidDataException($"{Path.GetFileName(file)} has no ResultSummary");
            var counters = summary.Element(Ns + "Counters") ?? throw new InvalidDataException($"{Path.GetFileName(file)} has no Counters");
            int Count(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0", System.Globalization.CultureInfo.InvariantCulture);
            total += Count("total");
            passed += Count("passed");
            failed += Count("failed") + Count("error") + Count("timeout") + Count("aborted");
            skipped += Count("total") - Count("passed") - Count("failed") - Count("error") - Count("timeout") - Count("aborted");
            aborted ??= AbortReason(summary);
            failures.AddRange(document.Descendants(Ns + "UnitTestResult")
                .Where(r => r.Attribute("outcome")?.Value is "Failed" or "Error" or "Timeout" or "Aborted")
                .Select(r => Failure(r, root)));
        }

        return new TestRunResult(total, passed, failed, skipped, failures, aborted);
    }

    /// <summary>A run is aborted when VSTest says so (a crashed test host writes a RunInfo "The active test run was
    /// aborted"); RunInfo errors of failing tests' console output are not aborts.</summary>
    private static string? AbortReason(XElement summary)
    {
        var abort = summary.Descendants(Ns + "RunInfo")
            .Where(i => i.Attribute("outcome")?.Value == "Error")
            .Select(i => i.Element(Ns + "Text")?.Value.Trim().Split('\n')[0].Trim() ?? string.Empty)
            .FirstOrDefault(text => text.Contains("aborted", StringComparison.OrdinalIgnoreCase) || text.Contains("crashed", StringComparison.OrdinalIgnoreCase));
        return abort ?? (summary.Attribute("outcome")?.Value == "Aborted" ? "the test run was aborted" : null);
    }

    private static TestFailure Failure(XElement result, string root)
    {
        var error = result.Element(Ns + "Output")?.Element(Ns + "ErrorInfo");
        var message = (error?.Element(Ns + "Message")?.Value ?? result.Attribute("outcome")!.Value).Trim();
        var firstLine = message.Split('\n')[0].Trim();
        var frames = StackFrame().Matches(error?.Element(Ns + "StackTrace")?.Value ?? string.Empty)
            .Select(m => (File: m.Groups["file"].Value.Trim(), Line: int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .FirstOrDefault(f => f.File.StartsWith(root, StringComparison.Ordinal));
        var file = frames.File is null ? null : Path.GetRelativePath(root, frames.File).Replace('\\', '/');
        return new TestFailure(result.Attribute("testName")?.Value ?? "(unnamed test)", firstLine, file, file is null ? null : frames.Line);
    }

    [GeneratedRegex(@" in (?<file>.+?):line (?<line>\d+)")]
    private static partial Regex StackFrame();
}
