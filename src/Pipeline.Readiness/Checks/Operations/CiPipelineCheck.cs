using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Operations;

/// <summary>"CI/CD pipeline: Automated build and deploy configured" (the seed's words): a CI workflow that deploys
/// without a person — triggered by a push, a tag, a release or another workflow — is enough, and one that runs the
/// gate (<c>build.sh Release</c>, <c>build.cmd Release</c>, <c>build.ps1 Release</c>) is what this library
/// recommends; a deploying workflow without the gate passes with a warning that the checklist is not enforced there.
/// Deploying only by hand (<c>workflow_dispatch</c>), or building and testing only, fails. Findings name the file and line.</summary>
internal sealed partial class CiPipelineCheck(OperationsOptions options) : ReadinessCheck<OperationsOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private static readonly string[] Commands = ["build.sh Release", "build.cmd Release", "build.ps1 Release"];

    /// <inheritdoc />
    public override string Name => "ci-workflow";

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var workflows = RepositoryFiles.Matching(context.Root, Options.Workflows);
        var manual = new List<string>();
        foreach (var workflow in workflows)
        {
            var lines = File.ReadAllLines(workflow);
            var index = Array.FindIndex(lines, l => Commands.Any(c => l.Contains(c, StringComparison.Ordinal)) && !l.TrimStart().StartsWith('#'));
            if (index >= 0)
            {
                return Task.FromResult(CheckResult.Passed(workflows.Count, $"{context.Relative(workflow)}({index + 1}) runs the gate: {lines[index].Trim()}"));
            }
        }

        foreach (var workflow in workflows)
        {
            var lines = File.ReadAllLines(workflow);
            var deploy = Array.FindIndex(lines, l => !l.TrimStart().StartsWith('#') && Deploy().IsMatch(l));
            if (deploy < 0)
            {
                continue;
            }

            var where = $"{context.Relative(workflow)}({deploy + 1})";
            if (Automatic(context.Relative(workflow), lines))
            {
                var warning = $"{where} deploys without running the gate (build.sh Release): the checklist is not enforced where it deploys";
                return Task.FromResult(CheckResult.Passed(workflows.Count, $"{where} deploys automatically: {lines[deploy].Trim()}")
                    with
                { Findings = [Finding.Create("operations.ci-gate", FindingSeverity.Warning, context.Relative(workflow), deploy + 1, warning, "gate")] });
            }

            manual.Add(where);
        }

        var message = workflows.Count == 0 ? $"no CI workflow found ({string.Join(", ", Options.Workflows)})"
            : manual.Count > 0 ? $"deploying is not automated: {string.Join(", ", manual)} deploys only when started by hand (workflow_dispatch), and no workflow runs the gate (build.sh Release)"
            : $"no CI workflow deploys or runs the gate (build.sh Release): {string.Join(", ", workflows.Select(context.Relative))} build and test only";
        return Task.FromResult(CheckResult.Failed(workflows.Count, message, Finding.Create("operations.ci-release", FindingSeverity.Error, workflows.Select(context.Relative).FirstOrDefault(), null, message, "ci")));
    }

    /// <summary>Whether the workflow starts without a person: GitHub's <c>on:</c> holds push, a tag, a release, a
    /// schedule or another workflow's run; GitLab and Azure Pipelines run on push unless told otherwise.</summary>
    private static bool Automatic(string file, string[] lines)
    {
        if (!file.StartsWith(".github/", StringComparison.Ordinal))
        {
            return true;
        }

        var on = string.Join('\n', lines.SkipWhile(l => !OnKey().IsMatch(l)).Take(30));
        return AutomaticTrigger().IsMatch(on) || OnKey().Match(on) is { Success: true } m && AutomaticTrigger().IsMatch(m.Value);
    }

    [GeneratedRegex(@"^(on|""on""|'on'|true):")]
    private static partial Regex OnKey();

    [GeneratedRegex(@"\b(push|release|workflow_run|schedule|deployment|registry_package)\b")]
    private static partial Regex AutomaticTrigger();

    /// <summary>A step that puts the service where it runs (not an image push alone).</summary>
    [GeneratedRegex(@"\b(docker[ -]compose\b.*\bup\b|kubectl\s+(apply|set\s+image|rollout\s+restart)|helm\s+(upgrade|install)|azd\s+(deploy|up)|az\s+(webapp|containerapp|functionapp)\s+(deploy|update|up)|aws\s+ecs\s+update-service|gcloud\s+(run|app)\s+deploy|flyctl\s+deploy|fly\s+deploy|fastapi\s+deploy|serverless\s+deploy|terraform\s+apply|railway\s+up|vercel\s+--prod|heroku\s+container:release|dotnet\s+.*publish.*-p:PublishProfile|kamal\s+deploy|uses:\s*(azure/(webapps|k8s|functions)-deploy|google-github-actions/deploy-|aws-actions/amazon-ecs-deploy))", RegexOptions.IgnoreCase)]
    private static partial Regex Deploy();
}
