using System.Text.Json;
using Pipeline;
using Pipeline.Readiness;

/// <summary>The reference service <c>samples/orders-api</c> passes its own readiness gate: this repository's Release
/// runs <c>samples/orders-api/build.sh Readiness</c> (its every item shows in the log) and reads the report it
/// writes for this commit. One finding per item that blocks there, with that gate's reason.</summary>
internal sealed class ReferenceServiceGate : ReadinessCheck
{
    public const string Folder = "samples/orders-api";

    /// <summary>The item this check decides.</summary>
    public static readonly ChecklistItem Item = new("prelaunch.reference-service", ReadinessCategory.PreLaunch, "Reference service",
        "samples/orders-api passes every item of the gate", ItemBinding.Check);

    public override string Name => "reference-service-gate";

    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var root = Path.Combine(context.Root, Folder);
        var run = await context.Processes.RunAsync(new ProcessSpec(Path.Combine(root, OperatingSystem.IsWindows() ? "build.cmd" : "build.sh"), ["Readiness", "--no-logo"])
        {
            WorkingDirectory = root,
            CheckExitCode = false,
            Timeout = TimeSpan.FromMinutes(20),
        }, context.Cancellation);
        var report = Path.Combine(root, "artifacts", "readiness", "report.json");
        if (run.ExitCode != 0 || !File.Exists(report))
        {
            return CheckResult.Error($"{Folder}/build.sh Readiness exited {run.ExitCode}{(File.Exists(report) ? string.Empty : " and wrote no report")}");
        }

        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(report, context.Cancellation));
        var json = document.RootElement;
        var commit = json.GetProperty("commit").GetString();
        if (commit != context.Commit)
        {
            return CheckResult.Error($"{Folder}'s report is for commit {commit}, not {context.Commit}");
        }

        var items = json.GetProperty("items").EnumerateArray().ToList();
        var blocking = items.Where(i => i.GetProperty("status").GetString() is not ("passed" or "notApplicable" or "waived")).ToList();
        var findings = blocking.Select(i => Finding.Create("reference.item-blocks", FindingSeverity.Error, $"{Folder}/artifacts/readiness/report.json", null,
            $"{i.GetProperty("id").GetString()}: {i.GetProperty("status").GetString()} — {i.GetProperty("reason").GetString()}", i.GetProperty("id").GetString()!)).ToArray();
        var summary = $"{Folder}: {items.Count - blocking.Count} of {items.Count} items pass";
        return findings.Length == 0
            ? CheckResult.Passed(items.Count, summary) with { Tool = $"{Folder}/build.sh Readiness" }
            : CheckResult.Failed(items.Count, $"{summary}; {findings.Length} block ({string.Join(", ", blocking.GroupBy(i => i.GetProperty("status").GetString()).Select(g => $"{g.Count()} {g.Key}"))}) — see {Folder}/artifacts/readiness/report.md", findings);
    }
}
