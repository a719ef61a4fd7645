namespace Pipeline.CiConfiguration;

/// <summary>How a generated workflow fans a build out: the jobs that each run one part (in parallel, each on its own
/// runner), and how the final job that runs the invoked targets receives their work: the folder their artifacts are
/// downloaded into, the arguments that make the invoked targets decide from it, and the environment variable that
/// carries the digest each job recorded (through the CI's job outputs, a channel apart from the artifacts).</summary>
/// <param name="Jobs">The parallel jobs, in order.</param>
/// <param name="ReceivedFolder">Where the final job downloads the jobs' artifacts, relative to the root.</param>
/// <param name="FanInArguments">What the final job adds to the invoked targets, e.g. <c>--evidence-from artifacts/readiness/received</c>.</param>
/// <param name="DigestsVariable">The environment variable the final job reads the jobs' digests from (<c>part=digest;…</c>).</param>
internal sealed record FanOutPlan(IReadOnlyList<FanOutJob> Jobs, string ReceivedFolder, string FanInArguments, string DigestsVariable);
