namespace Pipeline.Readiness.Checks;

/// <summary>What a check returns: status, a one-line summary (the evidence note or the reason), how many things it
/// examined (0 with Passed is turned into an Error), findings, figures and the tool it used.</summary>
public sealed record CheckResult(CheckStatus Status, string Summary, int Examined)
{
    /// <summary>What was found, with locations.</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];

    /// <summary>Measured figures (coverage, counts, latencies), by name.</summary>
    public IReadOnlyDictionary<string, double> Figures { get; init; } = new Dictionary<string, double>();

    /// <summary>The tool and version the check ran, when it ran one (e.g. "dotnet 10.0.401").</summary>
    public string? Tool { get; init; }

    /// <summary>The inputs that decided the result (paths, options), digested into the evidence.</summary>
    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    /// <summary>The item holds.</summary>
    /// <param name="examined">How many things the check examined; 0 turns the pass into an Error (it proves nothing).</param>
    /// <param name="summary">The evidence note, e.g. <c>152 of 152 tests passed</c>.</param>
    /// <returns>A passed result.</returns>
    public static CheckResult Passed(int examined, string summary) => new(CheckStatus.Passed, summary, examined);

    /// <summary>The item does not hold.</summary>
    /// <param name="examined">How many things the check examined.</param>
    /// <param name="summary">Why it does not hold: the reason the reports show.</param>
    /// <param name="findings">What was found, with file and line.</param>
    /// <returns>A failed result.</returns>
    public static CheckResult Failed(int examined, string summary, params Finding[] findings) =>
        new(CheckStatus.Failed, summary, examined) { Findings = findings };

    /// <summary>The check could not decide (a tool missing, nothing to examine): it blocks like a failure.</summary>
    /// <param name="reason">What is missing and how to fix it.</param>
    /// <returns>An error result.</returns>
    public static CheckResult Error(string reason) => new(CheckStatus.Error, reason, 0);

    /// <summary>The item does not apply, for the stated reason.</summary>
    /// <param name="reason">Why it does not apply; every report shows it.</param>
    /// <returns>A not-applicable result.</returns>
    public static CheckResult NotApplicable(string reason) => new(CheckStatus.NotApplicable, reason, 0);
}
