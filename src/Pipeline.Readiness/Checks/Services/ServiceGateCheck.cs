using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Services;

/// <summary>A service kept in this repository passes its own readiness gate: runs its bootstrap script
/// (<c>&lt;folder&gt;/build.sh Readiness</c>, which exits 1 when refused; every item shows in the log) and reads the
/// report it writes, which must be whole, untouched (its digest) and for this commit. One finding per item that blocks
/// there, with that gate's reason.</summary>
internal sealed class ServiceGateCheck(string folder) : ReadinessCheck
{
    /// <inheritdoc />
    public override string Name => "service-gate";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var root = Path.Combine(context.Root, folder);
        var report = Path.Combine(root, "artifacts", "readiness", "report.json");
        if (File.Exists(report))
        {
            File.Delete(report); // a report left by an earlier run must not stand in for this one
        }
        var run = await context.Processes.RunAsync(new ProcessSpec(Path.Combine(root, OperatingSystem.IsWindows() ? "build.cmd" : "build.sh"), ["Readiness", "--no-logo"])
        {
            WorkingDirectory = root,
            CheckExitCode = false,
        }, context.Cancellation).ConfigureAwait(false);
        if (run.ExitCode is not (0 or 1) || !File.Exists(report))
        {
            return CheckResult.Error($"{folder}/build.sh Readiness exited {run.ExitCode}{(File.Exists(report) ? string.Empty : " and wrote no report")}");
        }

        var text = await File.ReadAllTextAsync(report, context.Cancellation).ConfigureAwait(false);
        if (JsonNode.Parse(text) is not JsonObject whole || whole[ReportDigest.Field]?.GetValue<string>() != ReportDigest.Of(whole)
            || whole["coverage"]?["scope"]?.GetValue<string>() != VerdictCoverage.WholeScope)
        {
            return CheckResult.Error($"{folder}'s report is not a whole, untouched verdict (scope or digest do not hold)");
        }

        var commit = whole["commit"]?.GetValue<string>();
        if (commit != context.Commit)
        {
            return CheckResult.Error($"{folder}'s report is for commit {commit}, not {context.Commit}");
        }

        var items = whole["items"]!.AsArray()
            .Select(i => (Id: i!["id"]!.GetValue<string>(), Status: i["status"]!.GetValue<string>(), Reason: i["reason"]?.GetValue<string>())).ToList();
        var blocking = items.Where(i => i.Status is not ("passed" or "notApplicable" or "waived")).ToList();
        var file = context.Relative(report);
        var summary = $"{folder}: {items.Count - blocking.Count} of {items.Count} items pass or do not apply";
        return blocking.Count == 0
            ? CheckResult.Passed(items.Count, summary) with { Tool = $"{folder}/build.sh Readiness" }
            : CheckResult.Failed(items.Count, $"{summary}; {blocking.Count} block ({string.Join(", ", blocking.GroupBy(i => i.Status).Select(g => $"{g.Count()} {g.Key}"))}) — see {folder}/artifacts/readiness/report.md",
                [.. blocking.Select(i => Finding.Create("service-gate.item-blocks", FindingSeverity.Error, file, null, $"{i.Id}: {i.Status} — {i.Reason}", i.Id))]);
    }
}
