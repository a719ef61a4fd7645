using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>A GitLab CI pipeline, <c>.gitlab-ci.yml</c> (one per repository): one job in <see cref="Image"/> that
/// fetches the whole history, caches the cache paths (the NuGet folder moved into the project, as GitLab caches only
/// there), runs the setup commands and <c>./build.sh</c> with the invoked targets (secrets are the project's masked
/// CI/CD variables of those names), and keeps the artifact paths. With <see cref="CiConfigurationAttribute.FanOut"/>,
/// the checks run first in parallel jobs (stage <c>evidence</c>, each keeping its evidence and handing its digest on
/// through a dotenv report), and that job, needing them all, decides from their evidence.</summary>
/// <param name="name">The job's name.</param>
public sealed class GitLabCiAttribute(string name) : CiConfigurationAttribute(name)
{
    private const string NuGetFolder = "~/.nuget/packages";

    /// <summary>The job's container image (default <c>mcr.microsoft.com/dotnet/sdk:10.0</c>).</summary>
    public string Image { get; init; } = "mcr.microsoft.com/dotnet/sdk:10.0";

    internal override string RelativePath => ".gitlab-ci.yml";

    internal override IEnumerable<string> Problems() =>
        CachePaths.Where(p => p != NuGetFolder && (p.StartsWith('/') || p.StartsWith('~') || p.Contains("..", StringComparison.Ordinal)))
            .Select(p => $"cache path '{p}' is outside the project, which GitLab cannot cache");

    /// <summary>GitLab restores each job's artifacts where that job wrote them, so the evidence is under the folder the
    /// parts' folders lie in.</summary>
    internal override string ReceivedFolder(FanOutPlan plan) => plan.ArtifactRoot;

    internal override string Render(CiJob job)
    {
        var text = new StringBuilder();
        text.AppendLine(job.Header);
        if (job.Secrets.Count > 0)
        {
            text.AppendLine($"# Secrets: the masked CI/CD variables {string.Join(", ", job.Secrets)}.");
        }

        if (job.Variables.Count > 0)
        {
            text.AppendLine($"# Variables: the CI/CD variables {string.Join(", ", job.Variables)}.");
        }

        var plan = job.FanOut;
        if (plan is not null)
        {
            text.AppendLine("stages:")
                .AppendItems("  ", [EvidenceStage, FinalStage]);
        }

        foreach (var part in plan?.Jobs ?? [])
        {
            text.AppendLine($"{part.Id}:")
                .AppendLine($"  stage: {EvidenceStage}");
            AppendPreparation(text, always: false);
            text.AppendLine("  script:")
                .AppendLine($"    - {Yaml.Scalar($"./build.sh {part.Arguments}")}")
                .AppendLine("  artifacts:")
                .AppendLine("    when: always")
                .AppendLine("    paths:")
                .AppendItems("      ", [part.ArtifactFolder])
                .AppendLine("    reports:")
                .AppendLine($"      dotenv: {Yaml.Scalar(part.DigestFile)}");
        }

        text.AppendLine($"{Yaml.Scalar(Name)}:");
        if (plan is not null)
        {
            text.AppendLine($"  stage: {FinalStage}")
                .AppendLine("  needs:")
                .AppendItems("    ", plan.Jobs.Select(j => j.Id));
        }

        AppendPreparation(text, always: plan is not null); // the fan-in decides even when a part failed: the verdict names every item
        text.AppendLine("  script:")
            .AppendLine($"    - {Yaml.Scalar(plan is null ? job.Command : $"{plan.DigestsVariable}=\"{plan.Digests(j => $"${j.DigestVariable}")}\" {job.Command}")}");
        if (ArtifactPaths.Length > 0)
        {
            text.AppendLine("  artifacts:")
                .AppendLine("    when: always")
                .AppendLine("    paths:")
                .AppendItems("      ", ArtifactPaths);
        }

        return text.ToString().ReplaceLineEndings("\n");
    }

    private const string EvidenceStage = "evidence";

    private const string FinalStage = "test";

    /// <summary>What every job has before its script: the image, the rules (<paramref name="always"/>: also when a job
    /// it needs failed), the whole history, the cache and the setup commands.</summary>
    private void AppendPreparation(StringBuilder text, bool always)
    {
        text.AppendLine($"  image: {Yaml.Scalar(Image)}")
            .AppendLine("  rules:");
        foreach (var branch in OnPushBranches)
        {
            text.AppendLine($"    - if: {Yaml.Scalar($"$CI_COMMIT_BRANCH == \"{branch}\"")}");
            if (always)
            {
                text.AppendLine("      when: always");
            }
        }

        if (OnPullRequest)
        {
            text.AppendLine("    - if: '$CI_PIPELINE_SOURCE == \"merge_request_event\"'");
            if (always)
            {
                text.AppendLine("      when: always");
            }
        }

        text.AppendLine("  variables:")
            .AppendLine("    GIT_DEPTH: 0");
        if (CachePaths.Contains(NuGetFolder))
        {
            text.AppendLine("    NUGET_PACKAGES: $CI_PROJECT_DIR/.nuget/packages");
        }

        if (CachePaths.Length > 0)
        {
            text.AppendLine("  cache:")
                .AppendLine("    key: pipeline")
                .AppendLine("    paths:")
                .AppendItems("      ", CachePaths.Select(p => p == NuGetFolder ? ".nuget/packages" : p));
        }

        if (SetupCommands.Length > 0)
        {
            text.AppendLine("  before_script:").AppendItems("    ", SetupCommands);
        }
    }
}
