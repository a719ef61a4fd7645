using System.Runtime.CompilerServices;

namespace Pipeline.Readiness.Components;

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

    /// <summary>Evaluates the items of <typeparamref name="TModule"/> (what its component's target does), writes the
    /// scoped reports and fails when any of them blocks.</summary>
    public Task EvaluateModuleAsync<TModule>(CancellationToken cancellation)
        where TModule : ReadinessModule, new()
    {
        var module = new TModule();
        return EvaluatePartAsync(module.Target, module.Decides, cancellation);
    }

    /// <summary>Evaluates one category, writes the scoped reports and fails when anything in it blocks.</summary>
    public Task EvaluateCategoryAsync(ReadinessCategory category, CancellationToken cancellation) =>
        EvaluatePartAsync(category.ToString(), i => i.Category == category, cancellation);

    /// <summary>Evaluates the items <paramref name="includes"/> selects for <paramref name="target"/>, writes the
    /// scoped reports and fails when anything in them blocks.</summary>
    public async Task EvaluatePartAsync(string target, Func<ChecklistItem, bool> includes, CancellationToken cancellation)
    {
        var verdict = await EvaluateAsync(ReadinessScope.Part(target, includes), cancellation).ConfigureAwait(false);
        ReleaseRefusal.ThrowIfBlocked(verdict, target);
    }

    /// <summary>The build's own configuration first, then each component's module.</summary>
    private ReadinessSetup CreateSetup()
    {
        var setup = new ReadinessSetup();
        build.ConfigureReadiness(setup);
        ReadinessModules.Register(build, setup);
        return setup;
    }
}
