using Pipeline.CiConfiguration;

namespace Pipeline.Readiness;

/// <summary>Plans a fanned-out workflow for a build with the readiness gate: one job per part of its checklist
/// (<c>./build.sh Evidence --evidence-part &lt;part&gt;</c>, uploading the part's report folder), and the invoked
/// targets deciding from what the jobs uploaded (<c>--evidence-from</c>) with the digests they recorded
/// (<c>EVIDENCE_DIGESTS</c>).</summary>
internal sealed class ReadinessFanOut : IFanOutProvider
{
    /// <summary>Where the final job downloads the jobs' artifacts, under the report folder (which the tree check ignores).</summary>
    public const string Received = "received";

    public FanOutPlan Plan(PipelineBuild build)
    {
        var state = ReadinessState.Of((IReadinessComponent)build);
        var reports = state.Setup.ReportDirectory.Replace('\\', '/').TrimEnd('/');
        return new FanOutPlan(
            [.. state.Parts.Select(p => new FanOutJob(p.Name, $"{nameof(IReadinessGate.Evidence)} --evidence-part {p.Name}", $"{reports}/scoped/{p.Name}", $"{reports}/digest-{p.Name}.env"))],
            $"{reports}/{Received}",
            $"{reports}/scoped",
            "--evidence-from",
            "EVIDENCE_DIGESTS");
    }
}
