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

    private sealed record Outcome(TestRunResult Result, List<PythonTestCase> Cases, string? Junit);

    /// <inheritdoc />
    public CodeOptions Options => options;

    /// <inheritdoc />
    public override EvidenceReuse? Reuse => PythonReuse.Tests(options);

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

    /// <inheritdoc />
    public async Task<PartitionRun> RunPartitionAsync(CheckContext context, TestPartition partition, string folder)
    {
        var (files, notRun) = (new List<PartitionFile>(), new Dictionary<string, string>(StringComparer.Ordinal));
        IReadOnlyList<string> units = [];
        IReadOnlyList<string> ran = [];
        Outcome? outcome = null;
        try
        {
            units = await PytestTestFiles.ListAsync(context, options).ConfigureAwait(false);
            ran = partition.Slice(units);
            if (ran.Count > 0)
            {
                outcome = await RunAsync(context, ran).ConfigureAwait(false);
                files.AddRange(PartitionFiles.Keep(folder, Key, PartitionRun.All, PartitionRun.Results, outcome.Junit is { } junit ? [junit] : []));
                files.AddRange(PartitionFiles.Keep(folder, Key, PartitionRun.All, PartitionRun.Coverage, outcome.Result.CoverageFiles));
            }
        }
        catch (InvalidOperationException exception)
        {
            notRun[PartitionRun.All] = exception.Message;
        }

        return new PartitionRun(Key, context.Root, units, ran, files, notRun)
        {
            Summary = outcome is { Result: var result } ? $"{result.Passed} of {result.Total} tests passed in {string.Join(", ", ran)}"
                : notRun.Count > 0 ? notRun[PartitionRun.All] : $"no test file of {units.Count} is in partition {partition}",
            Blocks = notRun.Count > 0 || outcome is { Result.Failed: > 0 },
        };
    }

    /// <summary>The partitions' results, merged: every partition's cases and coverage files (a run that could not
    /// happen in one of them could not happen).</summary>
    private Outcome Merged(CheckContext context, ReceivedTestPartitions received)
    {
        if (received.NotRun(Key, PartitionRun.All) is { } why)
        {
            throw new InvalidOperationException(why);
        }

        var cases = received.Files(context, Key, PartitionRun.All, PartitionRun.Results).SelectMany(JUnitReader.Read).ToList();
        return new Outcome(
            Count(cases) with { CoverageFiles = received.Files(context, Key, PartitionRun.All, PartitionRun.Coverage), Tool = $"pytest in {received.Partitions.Count} partitions ({received.Describe(Key)}), merged" },
            cases,
            Junit: null);
    }

    private async Task<Outcome> RunAsync(CheckContext context) =>
        context.TestPartitions is { } received && received.Has(Key) ? Merged(context, received) : await RunAsync(context, selected: []).ConfigureAwait(false);

    private async Task<Outcome> RunAsync(CheckContext context, IReadOnlyList<string> selected)
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
            .. sources.Select(s => s.Length == 0 ? "--cov" : $"--cov={s}"), $"--cov-report=xml:{coverage}", .. options.PytestArguments, .. selected];
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

        return new Outcome(Count(cases) with { CoverageFiles = File.Exists(coverage) ? [coverage] : [], Tool = pytest.Description }, cases, junit);
    }

    private static TestRunResult Count(List<PythonTestCase> cases) => new(
        cases.Count, cases.Count(c => c.Outcome == "passed"), cases.Count(c => c.Outcome is "failed" or "error"), cases.Count(c => c.Outcome == "skipped"),
        [.. cases.Where(c => c.Outcome is "failed" or "error").Select(c => new TestFailure(c.NodeId, c.Message ?? c.Outcome!, c.File, c.Line))], Aborted: null);

    private static string Tail(string output) => string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(6));
}
