namespace Pipeline.Readiness.Checks;

/// <summary>The base of the shared work a module's checks read (a build, a test run, a migration apply, a service
/// run): each part is collected once per evaluation through <see cref="Observations"/>, under the collector's name
/// and timeout.</summary>
internal abstract class Collector(string name, string? key = null)
{
    private readonly string _key = key ?? Observations.NewKey(name);
    private readonly Observations _standalone = Observations.Standalone();

    /// <summary>What identifies the work: collectors with equal keys share it within one evaluation.</summary>
    public string Key => _key;

    /// <summary>What the work uses that other checks must not use at the same time (see
    /// <see cref="ReadinessCheck.Resources"/>); every check that reads it holds these too. Null: a check that reads it
    /// runs alone (the work measures something another check would disturb).</summary>
    public abstract IReadOnlyCollection<string>? Resources { get; }

    /// <summary>What the work's outcome depends on, so that the checks reading it can be reused when it is unchanged
    /// (see <see cref="ReadinessCheck.Reuse"/>); null: never.</summary>
    public virtual EvidenceReuse? Reuse => null;

    /// <summary>How long one part may take before it is an Error for every check that reads it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The part <paramref name="part"/>, collected now unless this evaluation already has it.</summary>
    protected Task<T> Observe<T>(CheckContext context, string part, Func<CheckContext, Task<T>> collect) =>
        context.ObserveAsync(_standalone, $"{_key}/{part}", $"{name} {part}", Timeout, collect);
}
