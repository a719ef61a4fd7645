using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>An Azure Pipelines pipeline, <c>.azure-pipelines/&lt;name&gt;.yml</c>: one job on a Microsoft-hosted
/// <see cref="VmImage"/> that checks out the whole history, restores each cache path, runs the setup commands and
/// <c>./build.sh</c> with the invoked targets (secret variables mapped into its environment, as Azure requires), and
/// publishes the artifact paths.</summary>
/// <param name="name">The pipeline's file name.</param>
public sealed class AzurePipelinesAttribute(string name) : CiConfigurationAttribute(name)
{
    /// <summary>The hosted agent's image (default <c>ubuntu-latest</c>).</summary>
    public string VmImage { get; init; } = "ubuntu-latest";

    internal override string RelativePath => $".azure-pipelines/{Name}.yml";

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
            .AppendLine($"  vmImage: {Yaml.Scalar(VmImage)}")
            .AppendLine("steps:")
            .AppendLine("  - checkout: self")
            .AppendLine("    fetchDepth: '0'"); // the published schema types it as a string
        foreach (var path in CachePaths)
        {
            text.AppendLine("  - task: Cache@2")
                .AppendLine("    inputs:")
                .AppendLine($"      key: {Yaml.Scalar($"pipeline | \"$(Agent.OS)\" | {path} | global.json | **/*.csproj")}")
                .AppendLine($"      path: {Yaml.Scalar(path.StartsWith("~/", StringComparison.Ordinal) ? $"$(HOME)/{path[2..]}" : path)}");
        }

        foreach (var command in SetupCommands)
        {
            text.AppendLine($"  - script: {Yaml.Scalar(command)}");
        }

        text.AppendLine($"  - script: {Yaml.Scalar(job.Command)}")
            .AppendLine($"    displayName: {Yaml.Scalar(job.Command)}");
        if (job.Secrets.Count + job.Variables.Count > 0)
        {
            text.AppendLine("    env:"); // secret variables reach a script only through env; plain ones are mapped alike
            foreach (var name in job.Secrets.Concat(job.Variables))
            {
                text.AppendLine($"      {name}: $({name})");
            }
        }

        foreach (var (path, index) in ArtifactPaths.Select((p, i) => (p, i)))
        {
            text.AppendLine($"  - publish: {Yaml.Scalar(path)}")
                .AppendLine($"    artifact: {Yaml.Scalar(ArtifactPaths.Length == 1 ? Name : $"{Name}-{index + 1}")}")
                .AppendLine("    condition: always()");
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
