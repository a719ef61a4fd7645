using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>An Azure Pipelines pipeline, <c>.azure-pipelines/&lt;name&gt;.yml</c>: one job on a Microsoft-hosted
/// <see cref="VmImage"/> that checks out the whole history, restores each cache path, runs the setup commands and
/// <c>./build.sh</c> with the invoked targets (secret variables mapped into its environment, as Azure requires), and
/// publishes the artifact paths. With <see cref="CiConfigurationAttribute.FanOut"/>, the checks run first in parallel
/// jobs (each publishing its evidence and setting its digest as an output variable of its <c>evidence</c> step), and
/// that job, depending on them all, downloads the evidence and decides from it.</summary>
/// <param name="name">The pipeline's file name.</param>
public sealed class AzurePipelinesAttribute(string name) : CiConfigurationAttribute(name)
{
    /// <summary>The hosted agent's image (default <c>ubuntu-latest</c>).</summary>
    public string VmImage { get; init; } = "ubuntu-latest";

    internal override string RelativePath => $".azure-pipelines/{Name}.yml";

    internal override IEnumerable<string> Problems() =>
        FanOut && !Name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? [$"the fan-in job is named after the pipeline, and '{Name}' is not an Azure job name (letters, digits and _ only)"]
            : [];

    internal override string Render(CiJob job)
    {
        var text = new StringBuilder();
        text.AppendLine(job.Header)
            .AppendLine("trigger:")
            .AppendLine("  branches:")
            .AppendLine("    include:")
            .AppendItems("      ", OnPushBranches);

        text.AppendLine(OnPullRequest ? "pr:\n  branches:\n    include:\n      - '*'" : "pr: none")
            .AppendLine("pool:")
            .AppendLine($"  vmImage: {Yaml.Scalar(VmImage)}");
        var plan = job.FanOut;
        if (plan is null)
        {
            text.AppendLine("steps:");
            AppendSteps(text, "  ", job, job.Command, [], name: null);
            return text.ToString().ReplaceLineEndings("\n");
        }

        text.AppendLine("jobs:");
        foreach (var part in plan.Jobs)
        {
            text.AppendLine($"  - job: {part.Id}")
                .AppendLine("    steps:");
            AppendSteps(text, "      ", job, $"./build.sh {part.Arguments}", [], name: "evidence", artifacts: false);
            text.AppendLine($"      - publish: {Yaml.Scalar(part.ArtifactFolder)}")
                .AppendLine($"        artifact: {Yaml.Scalar(part.Artifact)}")
                .AppendLine("        condition: always()");
        }

        text.AppendLine($"  - job: {Yaml.Scalar(Name)}")
            .AppendLine("    dependsOn:")
            .AppendItems("      ", plan.Jobs.Select(j => j.Id))
            .AppendLine("    condition: not(canceled())") // the fan-in decides even when a part failed: the verdict names every item
            .AppendLine("    variables:");
        foreach (var part in plan.Jobs)
        {
            text.AppendLine($"      {part.DigestVariable}: {Yaml.Scalar($"$[ dependencies.{part.Id}.outputs['evidence.{FanOutJob.DigestOutput}'] ]")}");
        }

        text.AppendLine("    steps:");
        AppendSteps(text, "      ", job, job.Command, [$"{plan.DigestsVariable}: {Yaml.Scalar(plan.Digests(j => $"$({j.DigestVariable})"))}"], name: null, received: plan.ReceivedFolder);
        return text.ToString().ReplaceLineEndings("\n");
    }

    /// <summary>A job's steps under <paramref name="indent"/>: the whole history, each cache path, the setup commands,
    /// the artifacts of the jobs it needs (into <paramref name="received"/>), <paramref name="command"/> (named
    /// <paramref name="name"/>, so later jobs can read its output variables) with the imported secrets and variables
    /// and <paramref name="more"/> in its environment, and the published artifact paths.</summary>
    private void AppendSteps(StringBuilder text, string indent, CiJob job, string command, IReadOnlyList<string> more, string? name, bool artifacts = true, string? received = null)
    {
        text.AppendLine($"{indent}- checkout: self")
            .AppendLine($"{indent}  fetchDepth: '0'"); // the published schema types it as a string
        foreach (var path in CachePaths)
        {
            text.AppendLine($"{indent}- task: Cache@2")
                .AppendLine($"{indent}  inputs:")
                .AppendLine($"{indent}    key: {Yaml.Scalar($"pipeline | \"$(Agent.OS)\" | {path} | global.json | **/*.csproj")}")
                .AppendLine($"{indent}    path: {Yaml.Scalar(path.StartsWith("~/", StringComparison.Ordinal) ? $"$(HOME)/{path[2..]}" : path)}");
        }

        foreach (var setup in SetupCommands)
        {
            text.AppendLine($"{indent}- script: {Yaml.Scalar(setup)}");
        }

        if (received is not null)
        {
            text.AppendLine($"{indent}- task: DownloadPipelineArtifact@2") // every artifact of this run, each into a folder named after it
                .AppendLine($"{indent}  inputs:")
                .AppendLine($"{indent}    buildType: current")
                .AppendLine($"{indent}    itemPattern: '{FanOutJob.ArtifactPrefix}*/**'")
                .AppendLine($"{indent}    targetPath: {Yaml.Scalar($"$(Build.SourcesDirectory)/{received}")}");
        }

        text.AppendLine($"{indent}- script: {Yaml.Scalar(command)}");
        if (name is not null)
        {
            text.AppendLine($"{indent}  name: {name}");
        }

        text.AppendLine($"{indent}  displayName: {Yaml.Scalar(command)}");
        if (job.Secrets.Count + job.Variables.Count + more.Count > 0)
        {
            text.AppendLine($"{indent}  env:"); // secret variables reach a script only through env; plain ones are mapped alike
            foreach (var variable in job.Secrets.Concat(job.Variables))
            {
                text.AppendLine($"{indent}    {variable}: $({variable})");
            }

            foreach (var line in more)
            {
                text.AppendLine($"{indent}    {line}");
            }
        }

        foreach (var (path, index) in artifacts ? ArtifactPaths.Select((p, i) => (p, i)) : [])
        {
            text.AppendLine($"{indent}- publish: {Yaml.Scalar(path)}")
                .AppendLine($"{indent}  artifact: {Yaml.Scalar(ArtifactPaths.Length == 1 ? Name : $"{Name}-{index + 1}")}")
                .AppendLine($"{indent}  condition: always()");
        }
    }
}
