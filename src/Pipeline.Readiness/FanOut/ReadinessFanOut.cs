using Pipeline.CiConfiguration;

namespace Pipeline.Readiness;

/// <summary>Plans a fanned-out workflow for a build with the readiness gate: one job per part of its checklist
/// (<c>./build.sh Evidence --evidence-part &lt;part&gt;</c>, uploading the part's report folder; the part that runs the
/// tests as one job per partition when <see cref="ReadinessSetup.TestPartitions"/> says so), and the invoked
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
            [.. state.Parts.SelectMany(p => Jobs(p, EvidenceParts.PartitionsOf(state.Setup, p), reports))],
            $"{reports}/{Received}",
            $"{reports}/scoped",
            "--evidence-from",
            "EVIDENCE_DIGESTS");
    }

    /// <summary>The job that runs <paramref name="part"/>, or one per partition of its tests.</summary>
    private static IEnumerable<FanOutJob> Jobs(EvidencePart part, int partitions, string reports)
    {
        var evidence = $"{nameof(IReadinessGate.Evidence)} --evidence-part {part.Name}";
        return partitions == 1
            ? [Job(part.Name, evidence, reports)]
            : Enumerable.Range(1, partitions).Select(k => new TestPartition(k, partitions)).Select(p => Job(p.JobPart(part.Name), $"{evidence} --partition {p}", reports));
    }

    private static FanOutJob Job(string name, string arguments, string reports) => new(name, arguments, $"{reports}/scoped/{name}", $"{reports}/digest-{name}.env");
}
