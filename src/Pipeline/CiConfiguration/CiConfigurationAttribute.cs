using Pipeline.CiConfiguration;

namespace Pipeline;

/// <summary>Declares a CI configuration on the build class, as NUKE's <c>[GitHubActions(...)]</c> does: the build
/// writes it with <c>./build.sh --generate-configuration &lt;name&gt;</c>, and every run checks that the committed
/// file is what it would write (a warning locally, a failure on a CI server).</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public abstract class CiConfigurationAttribute : Attribute
{
    private protected CiConfigurationAttribute(string name) => Name = name;

    /// <summary>The configuration's name: <c>--generate-configuration</c> takes it, and the file is named after it.</summary>
    public string Name { get; }

    /// <summary>The targets the job runs (<c>./build.sh A B</c>); at least one, each a target of the build.</summary>
    public string[] InvokedTargets { get; init; } = [];

    /// <summary>Parameters (by name, e.g. <c>PublishApiKey</c>) the job takes from the CI's secret store, as the
    /// environment variable <c>PUBLISH_API_KEY</c>; each must be a <c>[Secret]</c> parameter of the build.</summary>
    public string[] ImportSecrets { get; init; } = [];

    /// <summary>Parameters (by name, e.g. <c>PublishSource</c>) the job takes from the CI's plain variables
    /// (GitHub's <c>vars.*</c>), as the environment variable <c>PUBLISH_SOURCE</c>; each must be a parameter of the
    /// build that is not <c>[Secret]</c> (those go in <see cref="ImportSecrets"/>, where the CI masks them).</summary>
    public string[] ImportVariables { get; init; } = [];

    /// <summary>Folders the CI caches between runs (default: <c>.nuke/temp</c> and the NuGet package folder).</summary>
    public string[] CachePaths { get; init; } = [".nuke/temp", "~/.nuget/packages"];

    /// <summary>Files or folders kept as the run's artifacts, also when it fails (e.g. <c>artifacts/readiness</c>).</summary>
    public string[] ArtifactPaths { get; init; } = [];

    /// <summary>Shell commands run before the build, e.g. installing the tools the checks use.</summary>
    public string[] SetupCommands { get; init; } = [];

    /// <summary>Branches whose pushes run the job (default: <c>main</c>).</summary>
    public string[] OnPushBranches { get; init; } = ["main"];

    /// <summary>Whether pull requests (merge requests) run the job too (default: yes).</summary>
    public bool OnPullRequest { get; init; } = true;

    /// <summary>The file this configuration is written to, relative to the root.</summary>
    internal abstract string RelativePath { get; }

    /// <summary>The configuration's text for <paramref name="job"/>.</summary>
    internal abstract string Render(CiJob job);

    /// <summary>Fans the readiness gate out: one parallel job per part of the checklist (each part's checks run once,
    /// in that job only, which uploads its evidence and records its digest as a job output), then the job that runs
    /// the invoked targets receives the evidence and decides from it, after verifying that every part came exactly
    /// once, for this commit and configuration, unaltered (default: no, one job runs everything).</summary>
    public bool FanOut { get; init; }

    /// <summary>Where the final job of a fanned-out configuration finds the jobs' artifacts: where this CI puts them.</summary>
    internal virtual string ReceivedFolder(FanOutPlan plan) => plan.ReceivedFolder;

    /// <summary>What is wrong with this declaration for this CI, beyond what every CI checks.</summary>
    internal virtual IEnumerable<string> Problems() => [];
}
