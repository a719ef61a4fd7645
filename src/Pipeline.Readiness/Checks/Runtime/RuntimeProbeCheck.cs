using Pipeline.Readiness.Checks.Runtime.Rules;

namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>Decides one item by its <see cref="RuntimeRule"/> over the service's one run (<see cref="RuntimeProbeRun"/>);
/// the load figures go into every load item's evidence.</summary>
internal sealed class RuntimeProbeCheck(RuntimeProbeRun run, RuntimeRule rule) : ReadinessCheck<RuntimeProbeOptions>(run.Options)
{
    /// <inheritdoc />
    /// <remarks>Alone: the load test measures latency, which a concurrent build would distort.</remarks>
    public override IReadOnlyCollection<string>? Resources => null;

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => run.Reuse;

    /// <inheritdoc />
    public override string Name => $"runtime-{rule.Name}";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var seen = await run.ObserveAsync(context).ConfigureAwait(false);
        var (problems, evidence) = rule.Decide(seen, Options);
        var result = problems.Count == 0
            ? CheckResult.Passed(1, evidence)
            : CheckResult.Failed(1, string.Join("; ", problems), [.. problems.Select(p => Finding.Create($"runtime.{rule.Name}", FindingSeverity.Error, null, null, p, p))]);
        return rule.ReportsLoadFigures ? result with { Figures = seen.Load.Figures.ToDictionary() } : result;
    }
}
