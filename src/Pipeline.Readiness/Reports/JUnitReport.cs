using System.Globalization;
using System.Xml.Linq;

namespace Pipeline.Readiness;

/// <summary>Renders <c>junit.xml</c>: a test suite per category, a test case per item. Failed and Pending are
/// failures, Error is an error, Not applicable and Waived are skipped.</summary>
internal static class JUnitReport
{
    public static string Render(ReadinessVerdict verdict)
    {
        var suites = verdict.Items.GroupBy(i => i.Item.Category).Select(group => Suite(group.Key, [.. group]));
        var root = new XElement("testsuites", new XAttribute("name", "readiness"), Counts([.. verdict.Items]), suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root + "\n";
    }

    private static XElement Suite(ReadinessCategory category, List<ItemEvidence> items)
    {
        var suite = new XElement("testsuite", new XAttribute("name", category.ToString()), Counts(items));
        var starts = items.SelectMany(i => i.Checks).Select(c => c.StartedAt.UtcDateTime).ToList();
        if (starts.Count > 0)
        {
            suite.Add(new XAttribute("timestamp", starts.Min().ToString("s", CultureInfo.InvariantCulture)));
        }

        suite.Add(items.Select(Case));
        return suite;
    }

    private static XElement Case(ItemEvidence evidence)
    {
        var testCase = new XElement("testcase",
            new XAttribute("classname", $"readiness.{EvidenceJson.Name(evidence.Item.Category)}"),
            new XAttribute("name", $"{evidence.Item.Id}: {evidence.Item.Title}"),
            new XAttribute("time", Seconds(evidence)));
        var details = string.Join("\n", evidence.Findings.Select(f => $"{f.File}:{f.Line} {f.Rule}: {f.Message}").Prepend(evidence.Reason));
        testCase.Add(evidence.Status switch
        {
            ItemStatus.Failed or ItemStatus.Pending => new XElement("failure", new XAttribute("message", evidence.Reason), new XAttribute("type", evidence.Status.ToString()), details),
            ItemStatus.Error => new XElement("error", new XAttribute("message", evidence.Reason), new XAttribute("type", "Error"), details),
            ItemStatus.NotApplicable or ItemStatus.Waived => new XElement("skipped", new XAttribute("message", $"{evidence.Status}: {evidence.Reason}")),
            _ => new XElement("system-out", evidence.Reason),
        });
        return testCase;
    }

    private static IEnumerable<XAttribute> Counts(List<ItemEvidence> items) =>
    [
        new("tests", items.Count),
        new("failures", items.Count(i => i.Status is ItemStatus.Failed or ItemStatus.Pending)),
        new("errors", items.Count(i => i.Status == ItemStatus.Error)),
        new("skipped", items.Count(i => i.Status is ItemStatus.NotApplicable or ItemStatus.Waived)),
        new("time", items.Sum(i => double.Parse(Seconds(i), CultureInfo.InvariantCulture)).ToString("0.000", CultureInfo.InvariantCulture)),
    ];

    private static string Seconds(ItemEvidence evidence) =>
        evidence.Checks.Sum(c => c.Duration.TotalSeconds).ToString("0.000", CultureInfo.InvariantCulture);
}
