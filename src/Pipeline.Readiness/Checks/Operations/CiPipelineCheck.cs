namespace Pipeline.Readiness.Checks.Operations;

/// <summary>"CI/CD pipeline": a CI workflow runs the gate (<c>build.sh Release</c>, <c>build.cmd Release</c> or
/// <c>build.ps1 Release</c>), so nothing reaches production without it. The finding names the workflow and line.</summary>
internal sealed class CiPipelineCheck(OperationsOptions options) : ReadinessCheck<OperationsOptions>(options)
{
    private static readonly string[] Commands = ["build.sh Release", "build.cmd Release", "build.ps1 Release"];

    /// <inheritdoc />
    public override string Name => "ci-workflow";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var workflows = RepositoryFiles.Matching(context.Root, Options.Workflows);
        foreach (var workflow in workflows)
        {
            var lines = File.ReadAllLines(workflow);
            var index = Array.FindIndex(lines, l => Commands.Any(c => l.Contains(c, StringComparison.Ordinal)) && !l.TrimStart().StartsWith('#'));
            if (index >= 0)
            {
                return Task.FromResult(CheckResult.Passed(workflows.Count, $"{context.Relative(workflow)}({index + 1}) runs the gate: {lines[index].Trim()}"));
            }
        }

        var message = workflows.Count == 0
            ? $"no CI workflow found ({string.Join(", ", Options.Workflows)})"
            : $"no CI workflow runs the gate (build.sh Release) in {string.Join(", ", workflows.Select(context.Relative))}";
        return Task.FromResult(CheckResult.Failed(workflows.Count, message, Finding.Create("operations.ci-release", FindingSeverity.Error, workflows.Select(context.Relative).FirstOrDefault(), null, message, "ci")));
    }
}
