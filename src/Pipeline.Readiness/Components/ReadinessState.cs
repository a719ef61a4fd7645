using System.Reflection;
using System.Runtime.CompilerServices;

namespace Pipeline.Readiness;

/// <summary>What a build's readiness components share in one run (an interface holds no state): the setup, built
/// once, the last verdict and the release verdict (the last evaluation of the whole checklist). Evaluation writes
/// the reports: the whole checklist's to the report folder (clearing evidence of earlier runs), a part's to
/// <c>scoped/&lt;target&gt;/</c>, where it cannot be taken for the release report.</summary>
internal sealed class ReadinessState(IReadinessComponent build)
{
    private static readonly ConditionalWeakTable<IReadinessComponent, ReadinessState> States = new();
    private ReadinessSetup? _setup;

    public static ReadinessState Of(IReadinessComponent build) => States.GetValue(build, b => new ReadinessState(b));

    public ReadinessSetup Setup => _setup ??= CreateSetup();

    public ReadinessVerdict? Verdict { get; private set; }

    /// <summary>The verdict of the last evaluation of the whole checklist in this run: what Gate and Publish decide on.</summary>
    public ReadinessVerdict? ReleaseVerdict { get; private set; }

    public async Task<ReadinessVerdict> EvaluateAsync(ReadinessScope scope, CancellationToken cancellation)
    {
        using var runLock = await ReadinessRunLock.AcquireAsync(build.RootDirectory, Setup.ReportDirectory, cancellation).ConfigureAwait(false);
        var engine = new ReadinessEngine(build.RootDirectory, build.Processes, build.Secrets, build.Time);
        var verdict = await engine.EvaluateAsync(Setup, scope, cancellation).ConfigureAwait(false);
        Verdict = verdict;
        var directory = scope.ReportFolder(build.RootDirectory, Setup.ReportDirectory);
        var written = ReportWriter.Write(verdict, directory, Setup.ProjectName ?? new DirectoryInfo(build.RootDirectory).Name,
            scope.IsWhole ? build.EnvironmentVariables.GetValueOrDefault("GITHUB_STEP_SUMMARY") : null);
        if (scope.IsWhole)
        {
            ReleaseVerdict = verdict;
        }

        var what = scope.IsWhole ? "the whole checklist" : $"{verdict.Items.Count} of {verdict.Coverage.ChecklistItems} items (scoped to {scope.Name}; not a release verdict)";
        Log.Information($"Reports: {written.Count} files in {Path.GetRelativePath(build.RootDirectory, directory)}/ for {what} (verdict: {(verdict.Passed ? "passed" : "refused")})");
        return verdict;
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
