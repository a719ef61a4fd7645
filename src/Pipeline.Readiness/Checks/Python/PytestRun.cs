using System.Globalization;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Runs pytest at most once per evaluation, with JUnit XML and pytest-cov's Cobertura XML, and shares the
/// result among the test, suite and coverage checks (<see cref="ITestRun"/>). A security suite is the tests of the
/// run that its keywords select (<see cref="PythonTestCase.Matches"/>), markers read from the source by
/// <see cref="PythonTestInventory"/>. When pytest cannot run (not installed, the project's dependencies missing, a
/// collection error), the whole-suite checks are an Error with pytest's reason, and a suite is counted in the source
/// instead (<see cref="TestRunResult.NotRun"/>), so one short of its number still fails.</summary>
internal sealed class PytestRun(PythonCodeOptions options) : Collector("pytest", $"pytest|{options.ProjectDirectory}"), ITestRun
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private sealed record Outcome(TestRunResult Result, List<PythonTestCase> Cases);

    /// <inheritdoc />
    public CodeOptions Options => options;

    /// <inheritdoc />
    public EvidenceReuse? Reuse => PythonReuse.Tests(options);

    /// <inheritdoc />
    public string Stack => Stacks.Python;

    /// <inheritdoc />
    public string CoverageTool => "pytest-cov (coverage.py's Cobertura XML)";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Inputs(CheckContext context) => new Dictionary<string, string>
    {
        ["project"] = options.ProjectDirectory,
        ["arguments"] = string.Join(" ", options.PytestArguments),
        ["expectedTotal"] = options.ExpectedTestTotal?.ToString(CultureInfo.InvariantCulture) ?? "any",
    };

    /// <inheritdoc />
    public async Task<TestRunResult> AllAsync(CheckContext context) => (await Observe(context, "all", RunAsync).ConfigureAwait(false)).Result;

    /// <inheritdoc />
    public Task<TestRunResult> CategoryAsync(CheckContext context, string category) =>
        Observe(context, $"category-{category}", c => SuiteAsync(c, category));

    private async Task<TestRunResult> SuiteAsync(CheckContext context, string category)
    {
        var keywords = options.SuiteKeywords.GetValueOrDefault(category) ?? [category];
        var (declared, errors, inventoryTool) = await Observe(context, "inventory", c => PythonTestInventory.ReadAsync(c, options.RequireProject(c))).ConfigureAwait(false);
        Outcome ran;
        try
        {
            ran = await Observe(context, "all", RunAsync).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var selected = declared.Where(t => t.Matches(keywords)).ToList();
            var why = errors.Count > 0 ? $"{exception.Message}; not parsed: {string.Join("; ", errors)}" : exception.Message;
            return new TestRunResult(selected.Sum(t => t.Cases), 0, 0, 0, [], Aborted: null)
            {
                NotRun = why,
                Names = [.. selected.Select(t => $"{t.NodeId} (line {t.Line}{(t.Cases > 1 ? $", {t.Cases} cases" : string.Empty)})")],
                Tool = inventoryTool,
            };
        }

        var markers = declared.GroupBy(t => (t.File, t.Class, t.Function)).ToDictionary(g => g.Key, g => g.First().Markers);
        var cases = ran.Cases.Where(c => (c with { Markers = markers.GetValueOrDefault((c.File, c.Class, c.Function)) ?? [] }).Matches(keywords)).ToList();
        var ranFunctions = ran.Cases.Select(c => (c.File, c.Class, c.Function)).ToHashSet();
        var notRun = declared.Where(t => t.Matches(keywords) && !ranFunctions.Contains((t.File, t.Class, t.Function))).ToList();
        return Count(cases) with
        {
            Names = [.. cases.Select(c => c.NodeId), .. notRun.Select(t => $"{t.NodeId} (line {t.Line}; in the source, but pytest did not run it)")],
            DeclaredNotRun = notRun.Sum(t => t.Cases),
            Tool = ran.Result.Tool,
        };
    }

    private async Task<Outcome> RunAsync(CheckContext context)
    {
        var project = options.RequireProject(context);
        var pytest = await PythonTools.FindAsync(context, project, "pytest", "pytest").ConfigureAwait(false)
            ?? throw new InvalidOperationException(PythonTools.Missing("pytest", project));
        var work = context.Artifact("work", "pytest");
        if (Directory.Exists(work))
        {
            Directory.Delete(work, recursive: true);
        }

        Directory.CreateDirectory(work);
        var (junit, coverage) = (Path.Combine(work, "junit.xml"), Path.Combine(work, "coverage.xml"));
        var sources = options.CoverageSource.Count > 0 ? options.CoverageSource
            : project.Table("tool.coverage.run") is { } run && run.ContainsKey("source") ? [string.Empty] : project.Packages();
        List<string> arguments = ["-p", "no:cacheprovider", "-o", "junit_family=xunit1", $"--junitxml={junit}",
            .. sources.Select(s => s.Length == 0 ? "--cov" : $"--cov={s}"), $"--cov-report=xml:{coverage}", .. options.PytestArguments];
        var result = await context.Processes.RunAsync(pytest.Run(project.Directory, arguments) with
        {
            Environment = new Dictionary<string, string?> { ["COVERAGE_FILE"] = Path.Combine(work, ".coverage") },
        }, context.Cancellation).ConfigureAwait(false);
        var output = result.StandardOutput + "\n" + result.StandardError;
        if (output.Contains("unrecognized arguments: --cov", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("pytest-cov is not installed, so no coverage can be measured: add pytest-cov to the project's dev dependencies or apt-get install python3-pytest-cov");
        }

        var cases = File.Exists(junit) ? JUnitReader.Read(junit) : null;
        if (cases is null || result.ExitCode is not (0 or 1))
        {
            var collection = cases?.Where(c => c.Outcome == "error").Select(c => $"{c.File}: {c.Message}").Take(5).ToList() ?? [];
            var why = result.ExitCode switch
            {
                2 => "the run was interrupted (errors while collecting the tests)",
                5 => "pytest collected no tests",
                _ => $"pytest exited with code {result.ExitCode}",
            };
            throw new InvalidOperationException($"'{result.CommandLine}': {why}: {(collection.Count > 0 ? string.Join("; ", collection) : Tail(output))}");
        }

        return new Outcome(Count(cases) with { CoverageFiles = File.Exists(coverage) ? [coverage] : [], Tool = pytest.Description }, cases);
    }

    private static TestRunResult Count(List<PythonTestCase> cases) => new(
        cases.Count, cases.Count(c => c.Outcome == "passed"), cases.Count(c => c.Outcome is "failed" or "error"), cases.Count(c => c.Outcome == "skipped"),
        [.. cases.Where(c => c.Outcome is "failed" or "error").Select(c => new TestFailure(c.NodeId, c.Message ?? c.Outcome!, c.File, c.Line))], Aborted: null);

    private static string Tail(string output) => string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(6));
}
