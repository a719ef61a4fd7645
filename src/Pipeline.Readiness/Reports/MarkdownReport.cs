using System.Globalization;
using System.Text;

namespace Pipeline.Readiness;

/// <summary>Renders <c>report.md</c> in the seed's own shape: the seed text with the Quick Status table filled per
/// category, each item ticked or not with a one-line evidence note, the Pre-Launch results, the Sign-Off table
/// filled from sign-offs on this commit, and the verdict at the end.</summary>
internal static class MarkdownReport
{
    private static readonly ReadinessCategory[] QuickStatus =
        [ReadinessCategory.Security, ReadinessCategory.Configuration, ReadinessCategory.Database,
         ReadinessCategory.Monitoring, ReadinessCategory.Operations, ReadinessCategory.Testing];

    public static string Render(ReadinessVerdict verdict, string projectName)
    {
        var lines = SeedChecklist.Text.Replace("{{ project_slug }}", projectName, StringComparison.Ordinal).Split('\n').ToList();
        var byId = verdict.Items.ToDictionary(i => i.Item.Id);
        var seedItems = verdict.Items.Select(i => i.Item).ToList();
        foreach (var seedLine in SeedChecklist.CheckboxLines(string.Join('\n', lines)).Reverse())
        {
            if (SeedChecklist.ItemFor(seedLine, seedItems) is { } item && item.Gates)
            {
                lines[seedLine.Index] = ItemLine(lines[seedLine.Index], byId[item.Id]);
                lines.InsertRange(seedLine.Index + 1, FindingLines(byId[item.Id]));
            }
        }

        var heading = string.Empty;
        for (var i = 0; i < lines.Count; i++)
        {
            heading = lines[i].StartsWith("## ", StringComparison.Ordinal) ? lines[i][3..].Trim() : heading;
            lines[i] = heading switch
            {
                "Quick Status" => FillQuickStatus(lines[i], verdict),
                "Sign-Off" => FillSignOff(lines[i], verdict),
                _ => null,
            } ?? lines[i];
        }

        var commands = lines.FindIndex(l => l.StartsWith("Run these commands to verify readiness", StringComparison.Ordinal));
        if (commands >= 0)
        {
            lines.InsertRange(commands + 1, ["", .. verdict.Items.Where(i => i.Item.Category == ReadinessCategory.PreLaunch)
                .Select(e => ItemLine($"- [ ] **{e.Item.Title}**", e))]);
        }

        return string.Join('\n', lines).TrimEnd('\n') + "\n" + Footer(verdict);
    }

    private static string ItemLine(string seedLine, ItemEvidence evidence)
    {
        var ticked = evidence.Status is ItemStatus.Passed; // only what holds is ticked: not applicable and waived items say so, unticked
        var text = ticked ? seedLine.Replace("- [ ]", "- [x]", StringComparison.Ordinal) : seedLine;
        return $"{text} — {Icon(evidence.Status)} {Label(evidence.Status)}{Stacks(evidence)}: {OneLine(evidence.Reason)}";
    }

    /// <summary>Which stack's tools decided the item, e.g. <c> (Python)</c>; empty for stack-neutral checks.</summary>
    private static string Stacks(ItemEvidence evidence) =>
        evidence.Checks.Select(c => c.Stack).OfType<string>().Distinct().ToList() is { Count: > 0 } stacks ? $" ({string.Join(" + ", stacks)})" : string.Empty;

    private static IEnumerable<string> FindingLines(ItemEvidence evidence) =>
        evidence.Findings.Where(f => f.Severity == FindingSeverity.Error).Take(5).Select(f =>
            $"  - `{f.File ?? "-"}{(f.Line is { } line ? $":{line}" : string.Empty)}` {f.Rule}: {OneLine(f.Message)}"
            + (evidence.WaivedFindings.Contains(f.Fingerprint) ? " (waived)" : string.Empty));

    private static string? FillQuickStatus(string line, ReadinessVerdict verdict)
    {
        foreach (var category in QuickStatus)
        {
            if (line.StartsWith($"| {category} |", StringComparison.Ordinal))
            {
                var items = verdict.Items.Where(i => i.Item.Category == category).ToList();
                var blocking = items.Count(i => i.Status.Blocks());
                var waived = items.Count(i => i.Status == ItemStatus.Waived);
                var status = items.Count == 0 ? "⬜ Not evaluated"
                    : blocking > 0 ? $"❌ {blocking} blocking"
                    : waived > 0 ? $"✅ Passed ({waived} waived)"
                    : "✅ Passed";
                return $"| {category} | {status} |";
            }
        }

        return null;
    }

    private static string? FillSignOff(string line, ReadinessVerdict verdict)
    {
        foreach (var role in Enum.GetValues<SignOffRole>())
        {
            if (line.StartsWith($"| {SignOffRoles.Title(role)} |", StringComparison.Ordinal)
                && verdict.SignOffs.LastOrDefault(s => s.Role == role) is { } signOff)
            {
                return $"| {SignOffRoles.Title(role)} | {signOff.Name} | {signOff.Date:yyyy-MM-dd} | commit {signOff.Commit[..Math.Min(12, signOff.Commit.Length)]} |";
            }
        }

        return null;
    }

    private static string Footer(ReadinessVerdict verdict)
    {
        var text = new StringBuilder("\n---\n\n");
        var blocking = verdict.Blocking.ToList();
        text.Append(verdict.Passed ? "**Readiness verdict**: ✅ passed" : $"**Readiness verdict**: ❌ refused ({blocking.Count} blocking)");
        text.Append(CultureInfo.InvariantCulture, $" · commit `{verdict.Commit}` · generated {verdict.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC\n");
        foreach (var (id, status, reason) in blocking)
        {
            text.Append($"\n- `{id}` {status}: {OneLine(reason)}");
        }

        foreach (var waiver in verdict.UnusedWaivers)
        {
            text.Append($"\n- Unused waiver for {waiver.Target} ({waiver.File}:{waiver.Line}), expires {waiver.Expires:yyyy-MM-dd}");
        }

        return text.Append(blocking.Count > 0 || verdict.UnusedWaivers.Count > 0 ? "\n" : string.Empty).ToString();
    }

    private static string Icon(ItemStatus status) => status switch
    {
        ItemStatus.Passed => "✅",
        ItemStatus.Waived => "⚠️",
        ItemStatus.NotApplicable => "➖",
        ItemStatus.Pending => "⏳",
        _ => "❌",
    };

    private static string Label(ItemStatus status) => status == ItemStatus.NotApplicable ? "Not applicable" : status.ToString();

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
