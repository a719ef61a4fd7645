namespace Pipeline.Readiness.Checks.Services;

/// <summary>How a service's own gate runs (<see cref="ReadinessSetup.AddServiceGate(string, ServiceGateOptions)"/>):
/// the targets its build runs with <c>Readiness</c> and the parameters it is given, e.g. <c>BuildImage</c> with
/// <c>--base-image</c> so that its gate scans the image it just built.</summary>
public sealed record ServiceGateOptions : ICheckOptions
{
    /// <summary>Targets the service's build runs besides <c>Readiness</c> (which always runs, last in the list), e.g.
    /// <c>BuildImage</c>; empty: <c>Readiness</c> alone.</summary>
    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Parameters given to the service's build, by name without dashes (<c>["base-image"] = "debian:12"</c>
    /// becomes <c>--base-image debian:12</c>). They are visible on its command line: pass secrets through the
    /// environment, which the service's build inherits.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; init; } = new Dictionary<string, string>();

    /// <summary>How long the service's whole gate may take (default 30 minutes: tests, probes, load, an image).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>The service build's command line after the script: the targets, then <c>Readiness</c>, then the parameters.</summary>
    internal IReadOnlyList<string> Arguments =>
        [.. Targets, "Readiness", "--no-logo", .. Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => new[] { $"--{p.Key}", p.Value })];

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        foreach (var target in Targets.Where(t => !IsName(t) || t == "Readiness"))
        {
            yield return $"Targets: '{target}' is not a target name other than Readiness (Readiness always runs)";
        }

        foreach (var name in Parameters.Keys.Where(n => !IsName(n) || n is "no-logo" or "skip" or "root"))
        {
            yield return $"Parameters: '{name}' is not a parameter name to give a service's build (a name without dashes, e.g. base-image)";
        }

        if (Timeout <= TimeSpan.Zero)
        {
            yield return $"Timeout: must be positive (got {Timeout})";
        }
    }

    private static bool IsName(string text) =>
        text.Length > 0 && char.IsAsciiLetter(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '-');
}
