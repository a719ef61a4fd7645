namespace Pipeline.CiConfiguration;

/// <summary>One parallel job: the part it runs, the build's arguments for it, and the folder it uploads as its artifact.</summary>
/// <param name="Part">The part's name (e.g. <c>Lint</c>); the job and its artifact are named after it.</param>
/// <param name="Arguments">What <c>./build.sh</c> runs, e.g. <c>Evidence --evidence-part Lint</c>.</param>
/// <param name="ArtifactFolder">The folder the job uploads, relative to the root.</param>
/// <param name="DigestFile">Where the job writes its digest as a dotenv file, relative to the root, on a CI whose jobs
/// hand values on through one (GitLab's <c>artifacts:reports:dotenv</c>); outside <paramref name="ArtifactFolder"/>.</param>
internal sealed record FanOutJob(string Part, string Arguments, string ArtifactFolder, string DigestFile)
{
    /// <summary>The job's output that carries the digest (GitHub's and Azure's output name).</summary>
    public const string DigestOutput = "digest";

    /// <summary>What every job's artifact name starts with, so the final job can download them all by pattern.</summary>
    public const string ArtifactPrefix = "evidence-";

    private const string IdPrefix = "evidence_";

    /// <summary>The job's id in a workflow: <c>evidence_</c> and the part in lower case, other characters as <c>_</c>.</summary>
    public string Id => IdPrefix + IdPart;

    /// <summary>The name of the job's artifact: <c>evidence-</c> and the part.</summary>
    public string Artifact => ArtifactPrefix + Part;

    /// <summary>The variable the digest reaches later jobs as, where outputs are plain variables (GitLab's dotenv):
    /// <c>EVIDENCE_DIGEST_</c> and the part in upper case.</summary>
    public string DigestVariable => "EVIDENCE_DIGEST_" + IdPart.ToUpperInvariant();

    private string IdPart => new([.. Part.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')]);
}
