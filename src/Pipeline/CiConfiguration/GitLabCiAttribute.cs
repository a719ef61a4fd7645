using System.Text;
using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>A GitLab CI pipeline, <c>.gitlab-ci.yml</c> (one per repository): one job in <see cref="Image"/> that
/// fetches the whole history, caches the cache paths (the NuGet folder moved into the project, as GitLab caches only
/// there), runs the setup commands and <c>./build.sh</c> with the invoked targets (secrets are the project's masked
/// CI/CD variables of those names), and keeps the artifact paths.</summary>
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

        text.AppendLine($"{Yaml.Scalar(Name)}:")
            .AppendLine($"  image: {Yaml.Scalar(Image)}")
            .AppendLine("  rules:");
        foreach (var branch in OnPushBranches)
        {
            text.AppendLine($"    - if: {Yaml.Scalar($"$CI_COMMIT_BRANCH == \"{branch}\"")}");
        }

        if (OnPullRequest)
        {
            text.AppendLine("    - if: '$CI_PIPELINE_SOURCE == \"merge_request_event\"'");
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

        text.AppendLine("  script:")
            .AppendLine($"    - {Yaml.Scalar(job.Command)}");
        if (ArtifactPaths.Length > 0)
        {
            text.AppendLine("  artifacts:")
                .AppendLine("    when: always")
                .AppendLine("    paths:")
                .AppendItems("      ", ArtifactPaths);
        }

        return text.ToString().ReplaceLineEndings("\n");
    }
}
