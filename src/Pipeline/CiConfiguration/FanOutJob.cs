namespace Pipeline.CiConfiguration;

/// <summary>One parallel job: the part it runs, the build's arguments for it, and the folder it uploads as its artifact.</summary>
/// <param name="Part">The part's name (e.g. <c>Lint</c>); the job and its artifact are named after it.</param>
/// <param name="Arguments">What <c>./build.sh</c> runs, e.g. <c>Evidence --evidence-part Lint</c>.</param>
/// <param name="ArtifactFolder">The folder the job uploads, relative to the root.</param>
internal sealed record FanOutJob(string Part, string Arguments, string ArtifactFolder)
{
    /// <summary>The job's id in a workflow: <c>evidence_</c> and the part in lower case, other characters as <c>_</c>.</summary>
    public string Id => "evidence_" + new string([.. Part.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);

    /// <summary>The name of the job's artifact: <c>evidence-</c> and the part.</summary>
    public string Artifact => "evidence-" + Part;
}
