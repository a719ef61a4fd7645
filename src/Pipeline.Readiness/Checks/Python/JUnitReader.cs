using System.Xml;
using System.Xml.Linq;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Reads pytest's JUnit XML (<c>-o junit_family=xunit1</c>, which keeps each test's file and line): one
/// <see cref="PythonTestCase"/> per <c>testcase</c> with its outcome and the first line of its failure. A file that
/// is not XML throws a <see cref="FormatException"/> naming it.</summary>
internal static class JUnitReader
{
    public static List<PythonTestCase> Read(string path)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(path);
        }
        catch (XmlException exception)
        {
            throw new FormatException($"{Path.GetFileName(path)}({exception.LineNumber}): pytest's JUnit report is not valid XML: {exception.Message}", exception);
        }

        return [.. document.Descendants("testcase").Select(Case)];
    }

    private static PythonTestCase Case(XElement testcase)
    {
        var classname = testcase.Attribute("classname")?.Value ?? string.Empty;
        var file = testcase.Attribute("file")?.Value.Replace('\\', '/') ?? classname.Replace('.', '/') + ".py";
        var module = Path.ChangeExtension(file, null).Replace('/', '.');
        var @class = classname.Length > module.Length && classname.StartsWith(module + ".", StringComparison.Ordinal) ? classname[(module.Length + 1)..] : null;
        var problem = testcase.Element("failure") ?? testcase.Element("error");
        var outcome = testcase.Element("failure") is not null ? "failed"
            : testcase.Element("error") is not null ? "error"
            : testcase.Element("skipped") is not null ? "skipped"
            : "passed";
        var message = problem is null ? null : FirstLine(problem.Attribute("message")?.Value ?? problem.Value);
        return new PythonTestCase(file, int.TryParse(testcase.Attribute("line")?.Value, out var line) ? line + 1 : null, @class, testcase.Attribute("name")?.Value ?? "?", [])
        {
            Outcome = outcome,
            Message = message,
        };
    }

    private static string FirstLine(string text) => text.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? string.Empty;
}
