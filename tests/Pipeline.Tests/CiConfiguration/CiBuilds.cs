namespace Pipeline.Tests.CiConfiguration;

/// <summary>A build declaring one configuration for each CI, as a team writes them.</summary>
[GitHubActions("release", InvokedTargets = ["Release"], ImportSecrets = ["PublishApiKey"], ImportVariables = ["PublishSource"], ArtifactPaths = ["artifacts/readiness"],
    SetupCommands = ["sudo apt-get install -y postgresql"])]
[AzurePipelines("release", InvokedTargets = ["Test", "Release"], ImportSecrets = ["PublishApiKey"], ArtifactPaths = ["artifacts/readiness"])]
[GitLabCi("release", InvokedTargets = ["release"], ImportSecrets = ["PublishApiKey"], ArtifactPaths = ["artifacts/readiness"], OnPullRequest = false)]
internal sealed class DeclaringBuild : PipelineBuild
{
    [Parameter("Key of the feed"), Secret]
    public string? PublishApiKey { get; set; }

    [Parameter("The feed")]
    public string? PublishSource { get; set; }

    public Target Test => _ => _.Executes(() => { });

    public Target Release => _ => _.DependsOn(Test).Executes(() => Log.Information("released"));
}

/// <summary>Every declaration mistake at once: an unknown target, a secret that is no [Secret] parameter, no targets,
/// a GitLab cache outside the project, two GitLab files.</summary>
[GitHubActions("ci", InvokedTargets = ["Deploy"], ImportSecrets = ["Token"], ImportVariables = ["Key"])]
[GitHubActions("empty")]
[GitHubActions("fan", FanOut = true, InvokedTargets = ["Test"])]
[GitLabCi("one", InvokedTargets = ["Test"], CachePaths = ["/var/cache/nuget"])]
[GitLabCi("two", InvokedTargets = ["Test"])]
internal sealed class MisdeclaringBuild : PipelineBuild
{
    [Parameter("Not a secret")]
    public string? Token { get; set; }

    [Parameter("A secret"), Secret]
    public string? Key { get; set; }

    public Target Test => _ => _.Executes(() => { });
}
