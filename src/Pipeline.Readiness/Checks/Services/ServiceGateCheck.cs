using System.Text.Json.Nodes;

namespace Pipeline.Readiness.Checks.Services;

/// <summary>A service kept in this repository passes its own readiness gate: runs its bootstrap script
/// (<c>&lt;folder&gt;/build.sh [targets] Readiness [parameters]</c>, which exits 1 when refused; every item shows in
/// the log) and reads the report it writes, which must be whole, untouched (its digest) and for this commit. One
/// Error finding per item that blocks there, with that gate's reason, and a note for every other item, so this
/// gate's report holds the service's whole verdict.</summary>
internal sealed class ServiceGateCheck(string folder, ServiceGateOptions options) : ReadinessCheck<ServiceGateOptions>(options)
{
    /// <inheritdoc />
    /// <remarks>Its build script compiles the service's build, which may reference this repository's projects.</remarks>
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

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
        var command = $"{folder}/build.sh {string.Join(' ', Options.Targets.Append("Readiness"))}";
        var run = await context.Processes.RunAsync(new ProcessSpec(Path.Combine(root, OperatingSystem.IsWindows() ? "build.cmd" : "build.sh"), Options.Arguments)
        {
            WorkingDirectory = root,
            CheckExitCode = false,
        }, context.Cancellation).ConfigureAwait(false);
        if (run.ExitCode is not (0 or 1) || !File.Exists(report))
        {
            return CheckResult.Error($"{command} exited {run.ExitCode}{(File.Exists(report) ? string.Empty : " and wrote no report")}");
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
        static bool Blocks(string status) => status is not ("passed" or "notApplicable" or "waived");
        var blocking = items.Where(i => Blocks(i.Status)).ToList();
        var file = context.Relative(report);
        var summary = $"{folder}: {items.Count - blocking.Count} of {items.Count} items pass or do not apply";
        var findings = items.Select(i => Blocks(i.Status)
            ? Finding.Create("service-gate.item-blocks", FindingSeverity.Error, file, null, $"{i.Id}: {i.Status} — {i.Reason}", i.Id)
            : Finding.Create("service-gate.item", FindingSeverity.Note, file, null, $"{i.Id}: {i.Status} — {i.Reason}", i.Id)).ToArray();
        var result = blocking.Count == 0
            ? CheckResult.Passed(items.Count, summary) with { Findings = findings }
            : CheckResult.Failed(items.Count, $"{summary}; {blocking.Count} block ({string.Join(", ", blocking.GroupBy(i => i.Status).Select(g => $"{g.Count()} {g.Key}"))}) — see {folder}/artifacts/readiness/report.md", findings);
        return result with { Tool = command, Inputs = new Dictionary<string, string> { ["command"] = string.Join(' ', Options.Arguments) } };
    }
}
