using System.Text.Json.Nodes;
using Pipeline.Tests.CiConfiguration;
using Pipeline.Tests.Process;

namespace Pipeline.Readiness.Tests.Support;

/// <summary>What the workflow tests compare: the <c>report.json</c> a run wrote, its decisions item by item, and the
/// report of one <c>./build.sh Readiness</c> in a fresh clone of the same commit.</summary>
internal static class FanInReports
{
    public static JsonObject Report(string folder) => JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "report.json")))!.AsObject();

    public static List<(string Id, string Status, string Reason, string DecidedBy)> Decisions(JsonObject report) =>
    [
        .. report["items"]!.AsArray().Select(i => (i!["id"]!.GetValue<string>(), i["status"]!.GetValue<string>(), i["reason"]!.GetValue<string>(), i["decidedBy"]!.GetValue<string>())),
    ];

    /// <summary>Clones <paramref name="repository"/> into <paramref name="work"/>/single, runs Readiness there (it must
    /// pass) and returns its report.</summary>
    public static async Task<JsonObject> SingleReadinessAsync(string work, string repository)
    {
        var clone = Path.Combine(work, "single");
        GitRepository.Run(work, "clone", "--quiet", repository, clone);
        var (exit, output) = await ScriptRunner.Run(clone, Path.Combine(clone, "build.sh"), ["Readiness", "--no-logo"], timeout: TimeSpan.FromMinutes(10));
        Assert.True(exit == 0, output);
        return Report(Path.Combine(clone, "artifacts", "readiness"));
    }

    /// <summary>The generated <c>gate.yml</c> of <paramref name="repository"/>, which must pass the workflow validator,
    /// ready to run job by job under <paramref name="work"/>; its fan-in (the one job that needs others) and the jobs
    /// it needs.</summary>
    public static async Task<(LocalWorkflow Workflow, string FanIn, List<string> Parts)> ValidatedWorkflowAsync(CiValidators validators, string repository, string work)
    {
        var workflowFile = Path.Combine(repository, ".github", "workflows", "gate.yml");
        var (validExit, validOutput) = await ScriptRunner.Run(repository, validators.ActionValidator, [workflowFile]);
        Assert.True(validExit == 0, validOutput);
        var workflow = new LocalWorkflow(workflowFile, repository, Path.Combine(work, "run"));
        var fanIn = Assert.Single(workflow.JobIds, id => workflow.Needs(id).Count > 0);
        var parts = workflow.JobIds.Where(id => id != fanIn).ToList();
        Assert.Equal(parts, workflow.Needs(fanIn));
        return (workflow, fanIn, parts);
    }
}
