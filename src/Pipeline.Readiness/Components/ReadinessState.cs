using System.Reflection;
using System.Runtime.CompilerServices;

namespace Pipeline.Readiness;

/// <summary>What a build's readiness components share in one run (an interface holds no state): the setup, built
/// once, and the last verdict. Evaluation writes the reports.</summary>
internal sealed class ReadinessState(IReadinessComponent build)
{
    private static readonly ConditionalWeakTable<IReadinessComponent, ReadinessState> States = new();
    private ReadinessSetup? _setup;

    public static ReadinessState Of(IReadinessComponent build) => States.GetValue(build, b => new ReadinessState(b));

    public ReadinessSetup Setup => _setup ??= CreateSetup();

    public ReadinessVerdict? Verdict { get; private set; }

    public async Task<ReadinessVerdict> EvaluateAsync(Func<ChecklistItem, bool> scope, CancellationToken cancellation)
    {
        var engine = new ReadinessEngine(build.RootDirectory, build.Processes, build.Secrets, build.Time);
        Verdict = await engine.EvaluateAsync(Setup, scope, cancellation).ConfigureAwait(false);
        var directory = Path.Combine(build.RootDirectory, Setup.ReportDirectory);
        var written = ReportWriter.Write(Verdict, directory, Setup.ProjectName ?? new DirectoryInfo(build.RootDirectory).Name,
            build.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY"));
        Log.Information($"Reports: {written.Count} files in {Path.GetRelativePath(build.RootDirectory, directory)}/ (verdict: {(Verdict.Passed ? "passed" : "refused")})");
        return Verdict;
    }

    /// <summary>The build's own configuration first, then each component's registration, in a fixed order.</summary>
    private ReadinessSetup CreateSetup()
    {
        var setup = new ReadinessSetup();
        build.ConfigureReadiness(setup);
        var registrations = build.GetType().GetInterfaces()
            .SelectMany(component => component.GetMethods().Where(m => m.IsDefined(typeof(ReadinessChecksAttribute))))
            .OrderBy(m => m.GetCustomAttribute<ReadinessChecksAttribute>()!.Order).ThenBy(m => m.Name, StringComparer.Ordinal);
        foreach (var registration in registrations)
        {
            registration.Invoke(build, [setup]);
        }

        return setup;
    }
}
