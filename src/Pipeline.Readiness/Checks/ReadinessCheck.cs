namespace Pipeline.Readiness.Checks;

/// <summary>A readiness check: decides the item it is registered for. Override <see cref="ValidateOptions"/> to
/// report every bad option at once before anything runs.</summary>
public abstract class ReadinessCheck
{
    /// <summary>A short name shown in evidence and logs (e.g. <c>dotnet-test</c>).</summary>
    public abstract string Name { get; }

    /// <summary>How long the check may run before it is an Error (default 10 minutes).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The stack whose tools the check runs or whose files it reads (<see cref="Stacks"/>), or null when it
    /// is stack-neutral; the reports say which stack decided each item.</summary>
    internal virtual string? Stack => null;

    /// <summary>What the outcome depends on, when an unchanged passing outcome may be reused (see
    /// <see cref="EvidenceReuse"/>); null (the default) runs the check every time.</summary>
    internal virtual EvidenceReuse? Reuse => null;

    /// <summary>The resource of any <c>dotnet</c> command that may build (build, test, format, restore, <c>dotnet
    /// ef</c>, <c>dotnet run</c>, a nested build script): two of them in one repository would write the same
    /// <c>obj/</c> and <c>bin/</c> folders.</summary>
    public const string DotNetResource = "dotnet";

    /// <summary>The resource of the Docker engine (image builds, saves and scans).</summary>
    public const string DockerResource = "docker";

    /// <summary>What the check uses that another check must not use at the same time (<see cref="DotNetResource"/>,
    /// <see cref="DockerResource"/> or a name of the team's; the shared work it reads adds its own): checks of one evaluation run concurrently, up to
    /// <see cref="ReadinessSetup.ConcurrentChecks"/>, but never two that hold a common name. Empty: it runs beside
    /// any check. Null (the default): it runs alone, so a check that does not say what it uses cannot disturb
    /// another, nor be disturbed.</summary>
    public virtual IReadOnlyCollection<string>? Resources => null;

    /// <summary>Every problem with the check's options; empty when they are valid.</summary>
    public virtual IEnumerable<string> ValidateOptions() => [];

    /// <summary>Runs the check. A throw, a timeout, cancellation and a pass that examined nothing are all recorded
    /// as an Error with the reason, never as a pass.</summary>
    /// <param name="context">The root, the commit, the process runner, the clock and the cancellation to honour.</param>
    /// <returns>What the check found.</returns>
    public abstract Task<CheckResult> RunAsync(CheckContext context);
}

/// <summary>A check with typed options that validate themselves (Polly-style).</summary>
internal abstract class ReadinessCheck<TOptions>(TOptions options) : ReadinessCheck
    where TOptions : ICheckOptions
{
    /// <summary>The check's options.</summary>
    public TOptions Options { get; } = options;

    /// <inheritdoc />
    public override IEnumerable<string> ValidateOptions() => Options.Validate();
}
