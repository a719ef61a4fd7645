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
    public static CheckResult Passed(int examined, string summary) => new(CheckStatus.Passed, summary, examined);

    /// <summary>The item does not hold.</summary>
    public static CheckResult Failed(int examined, string summary, params Finding[] findings) =>
        new(CheckStatus.Failed, summary, examined) { Findings = findings };

    /// <summary>The check could not decide.</summary>
    public static CheckResult Error(string reason) => new(CheckStatus.Error, reason, 0);

    /// <summary>The item does not apply, for the stated reason.</summary>
    public static CheckResult NotApplicable(string reason) => new(CheckStatus.NotApplicable, reason, 0);
}
