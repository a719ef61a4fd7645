using System.Security.Cryptography;

namespace Pipeline.Readiness.Checks.Code;

/// <summary>Runs <c>dotnet test</c> at most once per evaluation for the whole suite (with TRX results and Cobertura
/// coverage) and once per test category, and shares the results among the checks that need them. A run that
/// produces no results (build error, missing project) throws, which the gate records as an Error.</summary>
internal sealed class DotNetTestRun(DotNetCodeOptions options) : Collector("dotnet-test", $"dotnet-test|{options.Target}|{options.Configuration}"), ITestRun
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [CheckResources.DotNet];

    /// <inheritdoc />
    public CodeOptions Options => options;

    /// <inheritdoc />
    public override EvidenceReuse? Reuse => DotNetReuse.Tests;

    /// <inheritdoc />
    public string Stack => Stacks.DotNet;

    /// <inheritdoc />
    public string CoverageTool => "coverlet (XPlat Code Coverage; reference coverlet.collector from the test projects)";

    /// <inheritdoc />
    public IReadOnlyDictionary<string, string> Inputs(CheckContext context) => new Dictionary<string, string>
    {
        ["target"] = options.Target ?? context.Relative(CodeTarget.Require(context.Root, null)),
        ["configuration"] = options.Configuration,
        ["expectedTotal"] = options.ExpectedTestTotal?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "any",
    };

    /// <inheritdoc />
    public Task<TestRunResult> AllAsync(CheckContext context) => Observe(context, PartitionRun.All, c => c.TestPartitions is { } received && received.Has(Key)
        ? Task.FromResult(Merged(c, received, PartitionRun.All, coverage: true))
        : RunAsync(c, PartitionRun.All, filter: null));

    /// <inheritdoc />
    public Task<TestRunResult> CategoryAsync(CheckContext context, string category) =>
        Observe(context, $"category-{category}", async c =>
        {
            try
            {
                return c.TestPartitions is { } received && received.Has(Key)
                    ? Merged(c, received, $"category-{category}", coverage: false)
                    : await RunAsync(c, $"category-{category}", $"Category={category}").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException or PrerequisiteFailedException)
            {
                // The run could not happen: the suite is counted in the source, so a short one still fails with its names.
                var declared = DotNetTestInventory.Of(c.Root, category);
                return new TestRunResult(declared.Count, 0, 0, 0, [], Aborted: null) { NotRun = exception.Message, Names = declared, Tool = "the test source (dotnet test could not run)" };
            }
        });

    /// <inheritdoc />
    /// <remarks>The suite is dealt by test class (<see cref="DotNetTestInventory.Classes"/> of the test projects), each
    /// partition running the whole target with its <see cref="DotNetClassFilter"/>: one test project too big for one
    /// runner is split, and a test of a class the source reading missed runs in the last partition.</remarks>
    public async Task<PartitionRun> RunPartitionAsync(CheckContext context, TestPartition partition, string folder)
    {
        var (files, notRun, counts) = (new List<PartitionFile>(), new Dictionary<string, string>(StringComparer.Ordinal), new List<TestRunResult>());
        string target;
        IReadOnlyList<DotNetTestProject> projects;
        IReadOnlyList<string> units;
        try
        {
            target = CodeTarget.Require(context.Root, options.Target);
            projects = await DotNetTestProjects.ListAsync(context, target).ConfigureAwait(false);
            units = DotNetTestInventory.Classes(context.Root, DotNetTestProjects.Folders(context.Root, target, projects));
        }
        catch (Exception exception) when (exception is InvalidOperationException or FileNotFoundException)
        {
            notRun[PartitionRun.All] = exception.Message;
            return new PartitionRun(Key, context.Root, [], [], files, notRun) { Summary = $"the test projects could not be listed: {exception.Message}", Blocks = true };
        }

        var classes = DotNetClassFilter.For(partition, units);
        if (!classes.RunsNothing)
        {
            foreach (var (run, filter, coverage) in new[] { (PartitionRun.All, classes.ToVsTest(), true) }.Concat(options.SecuritySuites.Keys.Select(c => ($"category-{c}", classes.ToVsTest($"Category={c}"), false))))
            {
                try
                {
                    var (result, trx) = await RunFilesAsync(context, run, filter, target, coverage, projects).ConfigureAwait(false);
                    files.AddRange(PartitionFiles.Keep(folder, Key, run, PartitionRun.Results, trx));
                    files.AddRange(PartitionFiles.Keep(folder, Key, run, PartitionRun.Coverage, result.CoverageFiles));
                    counts.Add(run == PartitionRun.All ? result : result with { Total = 0, Passed = 0, Skipped = 0 });
                }
                catch (Exception exception) when (exception is InvalidOperationException or PrerequisiteFailedException)
                {
                    notRun[run] = exception.Message;
                }
            }
        }

        var ran = partition.Slice(units);
        var done = new PartitionRun(Key, context.Root, units, ran, files, notRun) { Rest = classes.TakesRest };
        return done with
        {
            Summary = classes.RunsNothing ? $"no test class of {units.Count} is in partition {partition}" : $"{counts.Sum(c => c.Passed)} of {counts.Sum(c => c.Total)} tests passed in {done.RanText}",
            Blocks = notRun.Count > 0 || counts.Any(c => c.Failed > 0 || c.Aborted is not null),
        };
    }

    /// <summary>The partitions' results of <paramref name="run"/>, merged (a run that could not happen in one of them
    /// could not happen).</summary>
    private TestRunResult Merged(CheckContext context, ReceivedTestPartitions received, string run, bool coverage)
    {
        if (received.NotRun(Key, run) is { } why)
        {
            throw new InvalidOperationException(why);
        }

        return TrxReader.Read(received.Files(context, Key, run, PartitionRun.Results), context.Root) with
        {
            CoverageFiles = coverage ? received.Files(context, Key, run, PartitionRun.Coverage) : [],
            Tool = $"dotnet test in {received.Partitions.Count} partitions ({received.Describe(Key)}), merged",
        };
    }

    private async Task<TestRunResult> RunAsync(CheckContext context, string label, string? filter) =>
        (await RunFilesAsync(context, label, filter, CodeTarget.Require(context.Root, options.Target), coverage: filter is null).ConfigureAwait(false)).Result;

    /// <summary>Runs <c>dotnet test</c> once; a filter too long for a command line goes in a run settings file that keeps
    /// the settings <paramref name="projects"/> declare (<see cref="DotNetFilterSettings"/>).</summary>
    private async Task<(TestRunResult Result, string[] Trx)> RunFilesAsync(CheckContext context, string label, string? filter, string target, bool coverage, IReadOnlyList<DotNetTestProject>? projects = null)
    {
        await new DotNetRestoreRun(options.Target).EnsureAsync(context).ConfigureAwait(false);
        var results = context.Artifact("work", "tests", label);
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        List<string> arguments = ["test", target, "--no-restore", "--configuration", options.Configuration, "--logger", "trx", "--results-directory", results];
        if (coverage)
        {
            arguments.AddRange(["--collect", "XPlat Code Coverage"]);
        }

        var settings = filter is { Length: > DotNetFilterSettings.CommandLineLimit } && projects is not null
            ? DotNetFilterSettings.Write(context.Artifact("work", "tests", label + ".runsettings"), filter, projects)
            : null;
        if (settings is not null)
        {
            arguments.AddRange(["--settings", settings]);
        }
        else if (filter is not null)
        {
            arguments.AddRange(["--filter", filter]);
        }

        var run = await context.Processes.RunAsync(new ProcessSpec("dotnet", arguments) { WorkingDirectory = context.Root, CheckExitCode = false }, context.Cancellation)
            .ConfigureAwait(false);
        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx") : [];
        if (trx.Length == 0)
        {
            var tail = string.Join("\n  ", (run.StandardOutput + run.StandardError).Split('\n').Where(l => l.Trim().Length > 0).TakeLast(12));
            throw new InvalidOperationException($"'{run.CommandLine}' produced no test results (exit code {run.ExitCode}):\n  {tail}");
        }

        var result = TrxReader.Read(trx, context.Root) with
        {
            CoverageFiles = coverage ? DistinctFiles(Directory.GetFiles(results, "coverage.cobertura.xml", SearchOption.AllDirectories)) : [],
            Tool = $"dotnet test ({Path.GetFileName(target)}, {options.Configuration}" + (settings is null ? ")" : $", a filter of {filter!.Length} characters in {Path.GetFileName(settings)})"),
        };
        return (result, trx);
    }

    /// <summary>VSTest keeps a copy of each attachment next to the TRX; count each report once.</summary>
    private static List<string> DistinctFiles(IEnumerable<string> files) =>
        [.. files.GroupBy(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).Select(g => g.Order(StringComparer.Ordinal).First())];
}
