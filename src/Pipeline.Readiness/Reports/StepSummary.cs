using System.Text;

namespace Pipeline.Readiness;

/// <summary>The Markdown for a CI job summary: the verdict, counts per category and the blocking items.</summary>
internal static class StepSummary
{
    public static string Render(ReadinessVerdict verdict)
    {
        var text = new StringBuilder();
        text.Append(verdict.Passed ? "## ✅ Readiness: passed\n\n" : "## ❌ Readiness: release refused\n\n");
        text.Append("| Category | Passed | Blocking | Waived | Not applicable |\n| --- | --- | --- | --- | --- |\n");
        foreach (var group in verdict.Items.GroupBy(i => i.Item.Category))
        {
            text.Append($"| {group.Key} | {group.Count(i => i.Status == ItemStatus.Passed)} | {group.Count(i => i.Status.Blocks())} ")
                .Append($"| {group.Count(i => i.Status == ItemStatus.Waived)} | {group.Count(i => i.Status == ItemStatus.NotApplicable)} |\n");
        }

        foreach (var (id, status, reason) in verdict.Blocking)
        {
            text.Append($"\n- `{id}` **{status}**: {reason.ReplaceLineEndings(" ")}");
        }

        return text.Append('\n').ToString();
    }
}
