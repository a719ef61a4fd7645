namespace Pipeline.CiConfiguration;

/// <summary>Plans the parallel jobs of a fanned-out workflow for a build (e.g. the readiness gate: one job per part
/// of the checklist, and a final job that decides from their evidence).</summary>
internal interface IFanOutProvider
{
    /// <summary>The plan for <paramref name="build"/>, from what it registers.</summary>
    FanOutPlan Plan(PipelineBuild build);
}
