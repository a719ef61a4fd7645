namespace Pipeline.CiConfiguration;

/// <summary>How a generated workflow fans a build out: the jobs that each run one part (in parallel, each on its own
/// runner), and how the final job that runs the invoked targets receives their work: the folder their artifacts are
/// downloaded into, the option that makes the invoked targets decide from it, and the environment variable that
/// carries the digest each job recorded (through the CI's job outputs, a channel apart from the artifacts).</summary>
/// <param name="Jobs">The parallel jobs, in order.</param>
/// <param name="ReceivedFolder">Where the final job downloads the jobs' artifacts (each into a folder named after
/// it), relative to the root; a CI that restores artifacts where the jobs wrote them (GitLab) uses
/// <paramref name="ArtifactRoot"/> instead.</param>
/// <param name="ArtifactRoot">The folder every job's artifact folder lies in, relative to the root.</param>
/// <param name="FanInOption">What the final job adds to the invoked targets before the folder, e.g. <c>--evidence-from</c>.</param>
/// <param name="DigestsVariable">The environment variable the final job reads the jobs' digests from (<c>part=digest;…</c>).</param>
internal sealed record FanOutPlan(IReadOnlyList<FanOutJob> Jobs, string ReceivedFolder, string ArtifactRoot, string FanInOption, string DigestsVariable)
{
    /// <summary>The digests as the final job passes them: <c>part=digest;…</c>, each digest as <paramref name="output"/>
    /// writes the job's output in the CI's syntax.</summary>
    public string Digests(Func<FanOutJob, string> output) => string.Join(';', Jobs.Select(j => $"{j.Part}={output(j)}"));
}
