namespace Pipeline.Readiness.Checks.Python;

/// <summary>"Rate limiting" for a Python service the gate does not run: a rate limiter wired into the app, read from
/// its source (<see cref="PythonApp.RateLimiter"/>) — decided without a run; when the service is run, the runtime
/// probe's 429 decides instead. None found fails the item, naming what was looked for.</summary>
internal sealed class RateLimitWiringCheck(string projectDirectory) : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    public override string Name => "rate-limit-wiring";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override Task<CheckResult> RunAsync(CheckContext context)
    {
        var project = PythonProject.Require(context.Root, projectDirectory);
        var (file, line, how, problem) = PythonApp.RateLimiter(project, context.ReportDirectory);
        var prefix = project.PathPrefix(context);
        return Task.FromResult((problem is null
            ? CheckResult.Passed(1, $"{how} limits the app at {prefix}{file}({line}) (read from the source; the service was not run)")
            : CheckResult.Failed(1, problem, Finding.Create("rate-limit.missing", FindingSeverity.Error, null, null, problem, "rate-limit"))) with
        { Tool = "source read" });
    }
}
