using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>A GitHub Actions workflow, <c>.github/workflows/&lt;name&gt;.yml</c>: one job on <see cref="RunsOn"/> that
/// checks out the whole history, restores the cache, runs the setup commands and <c>./build.sh</c> with the invoked
/// targets (secrets from <c>secrets.*</c>, which GitHub masks), and uploads the artifact paths.</summary>
/// <param name="name">The workflow's name and file name.</param>
public sealed class GitHubActionsAttribute(string name) : CiConfigurationAttribute(name)
{
    /// <summary>The runner label (default <c>ubuntu-latest</c>).</summary>
    public string RunsOn { get; init; } = "ubuntu-latest";

    internal override string RelativePath => $".github/workflows/{Name}.yml";

    internal override string Render(CiJob job)
    {
        var text = new StringBuilder();
        text.AppendLine(job.Header)
            .AppendLine($"name: {Yaml.Scalar(Name)}")
            .AppendLine("on:")
            .AppendLine("  push:")
            .AppendLine("    branches:")
            .AppendItems("      ", OnPushBranches);

        if (OnPullRequest)
        {
            text.AppendLine("  pull_request:");
        }

        text.AppendLine("  workflow_dispatch:")
            .AppendLine("jobs:")
            .AppendLine($"  {Yaml.Scalar(Name)}:")
            .AppendLine($"    runs-on: {Yaml.Scalar(RunsOn)}")
            .AppendLine("    steps:")
            .AppendLine("      - uses: actions/checkout@v4")
            .AppendLine("        with:")
            .AppendLine("          fetch-depth: 0");
        if (CachePaths.Length > 0)
        {
            text.AppendLine("      - uses: actions/cache@v4")
                .AppendLine("        with:")
                .AppendLine("          path: |")
                .AppendBlock("            ", CachePaths)
                .AppendLine("          key: ${{ runner.os }}-pipeline-${{ hashFiles('global.json', '**/*.csproj', '**/Directory.Packages.props') }}");
        }

        foreach (var command in SetupCommands)
        {
            text.AppendLine($"      - run: {Yaml.Scalar(command)}");
        }

        text.AppendLine($"      - run: {Yaml.Scalar(job.Command)}");
        if (job.Secrets.Count + job.Variables.Count > 0)
        {
            text.AppendLine("        env:");
            foreach (var secret in job.Secrets)
            {
                text.AppendLine($"          {secret}: ${{{{ secrets.{secret} }}}}");
            }

            foreach (var variable in job.Variables)
            {
                text.AppendLine($"          {variable}: ${{{{ vars.{variable} }}}}");
            }
        }

        if (ArtifactPaths.Length > 0)
        {
            text.AppendLine("      - uses: actions/upload-artifact@v4")
                .AppendLine("        if: always()")
                .AppendLine("        with:")
                .AppendLine($"          name: {Yaml.Scalar(Name)}")
                .AppendLine("          path: |")
                .AppendBlock("            ", ArtifactPaths);
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
