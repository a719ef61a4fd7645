using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>A GitHub Actions workflow, <c>.github/workflows/&lt;name&gt;.yml</c>: a job on <see cref="RunsOn"/> that
/// checks out the whole history, restores the cache, runs the setup commands and <c>./build.sh</c> with the invoked
/// targets (secrets from <c>secrets.*</c>, which GitHub masks), and uploads the artifact paths. With
/// <see cref="CiConfigurationAttribute.FanOut"/>, the checks run first in parallel jobs and that job decides from their evidence.</summary>
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
            .AppendLine("jobs:");
        var plan = job.FanOut;
        foreach (var part in plan?.Jobs ?? [])
        {
            text.AppendLine($"  {part.Id}:")
                .AppendLine($"    runs-on: {Yaml.Scalar(RunsOn)}")
                .AppendLine("    outputs:")
                .AppendLine($"      {FanOutJob.DigestOutput}: ${{{{ steps.evidence.outputs.{FanOutJob.DigestOutput} }}}}");
            AppendPreparation(text);
            text.AppendLine("      - id: evidence")
                .AppendLine($"        run: {Yaml.Scalar($"./build.sh {part.Arguments}")}");
            AppendEnvironment(text, job, []);
            text.AppendLine("      - uses: actions/upload-artifact@v4")
                .AppendLine("        if: always()")
                .AppendLine("        with:")
                .AppendLine($"          name: {Yaml.Scalar(part.Artifact)}")
                .AppendLine($"          path: {Yaml.Scalar(part.ArtifactFolder)}")
                .AppendLine("          if-no-files-found: ignore");
        }

        text.AppendLine($"  {Yaml.Scalar(Name)}:");
        if (plan is not null)
        {
            text.AppendLine("    needs:")
                .AppendItems("      ", plan.Jobs.Select(j => j.Id))
                .AppendLine("    if: ${{ !cancelled() }}");
        }

        text.AppendLine($"    runs-on: {Yaml.Scalar(RunsOn)}");
        AppendPreparation(text);
        if (plan is not null)
        {
            text.AppendLine("      - uses: actions/download-artifact@v4")
                .AppendLine("        with:")
                .AppendLine($"          pattern: {FanOutJob.ArtifactPrefix}*")
                .AppendLine($"          path: {Yaml.Scalar(plan.ReceivedFolder)}");
        }

        text.AppendLine($"      - run: {Yaml.Scalar(job.Command)}");
        AppendEnvironment(text, job, plan is null ? [] :
            [$"{plan.DigestsVariable}: {Yaml.Scalar(plan.Digests(j => $"${{{{ needs.{j.Id}.outputs.{FanOutJob.DigestOutput} }}}}"))}"]);
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

    /// <summary>The steps every job starts with: the whole history, the cache, the setup commands.</summary>
    private void AppendPreparation(StringBuilder text)
    {
        text.AppendLine("    steps:")
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
    }

    /// <summary>The step's environment: the imported secrets and variables, then <paramref name="more"/> lines.</summary>
    private static void AppendEnvironment(StringBuilder text, CiJob job, IReadOnlyList<string> more)
    {
        if (job.Secrets.Count + job.Variables.Count + more.Count == 0)
        {
            return;
        }

        text.AppendLine("        env:");
        foreach (var secret in job.Secrets)
        {
            text.AppendLine($"          {secret}: ${{{{ secrets.{secret} }}}}");
        }

        foreach (var variable in job.Variables)
        {
            text.AppendLine($"          {variable}: ${{{{ vars.{variable} }}}}");
        }

        foreach (var line in more)
        {
            text.AppendLine($"          {line}");
        }
    }
}
