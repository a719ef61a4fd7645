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
    public EvidenceReuse? Reuse => DotNetReuse.Tests;

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
    public Task<TestRunResult> AllAsync(CheckContext context) => Observe(context, "all", c => RunAsync(c, "all", filter: null));

    /// <inheritdoc />
    public Task<TestRunResult> CategoryAsync(CheckContext context, string category) =>
        Observe(context, $"category-{category}", async c =>
        {
            try
            {
                return await RunAsync(c, $"category-{category}", $"Category={category}").ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is InvalidOperationException or PrerequisiteFailedException)
            {
                // The run could not happen: the suite is counted in the source, so a short one still fails with its names.
                var declared = DotNetTestInventory.Of(c.Root, category);
                return new TestRunResult(declared.Count, 0, 0, 0, [], Aborted: null) { NotRun = exception.Message, Names = declared, Tool = "the test source (dotnet test could not run)" };
            }
        });

    private async Task<TestRunResult> RunAsync(CheckContext context, string label, string? filter)
    {
        var target = CodeTarget.Require(context.Root, options.Target);
        await new DotNetRestoreRun(options.Target).EnsureAsync(context).ConfigureAwait(false);
        var results = context.Artifact("work", "tests", label);
        if (Directory.Exists(results))
        {
            Directory.Delete(results, recursive: true);
        }

        List<string> arguments = ["test", target, "--no-restore", "--configuration", options.Configuration, "--logger", "trx", "--results-directory", results];
        arguments.AddRange(filter is null ? ["--collect", "XPlat Code Coverage"] : ["--filter", filter]);
        var run = await context.Processes.RunAsync(new ProcessSpec("dotnet", arguments) { WorkingDirectory = context.Root, CheckExitCode = false }, context.Cancellation)
            .ConfigureAwait(false);
        var trx = Directory.Exists(results) ? Directory.GetFiles(results, "*.trx") : [];
        if (trx.Length == 0)
        {
            var tail = string.Join("\n  ", (run.StandardOutput + run.StandardError).Split('\n').Where(l => l.Trim().Length > 0).TakeLast(12));
            throw new InvalidOperationException($"'{run.CommandLine}' produced no test results (exit code {run.ExitCode}):\n  {tail}");
        }

        return TrxReader.Read(trx, context.Root) with
        {
            CoverageFiles = filter is null ? DistinctFiles(Directory.GetFiles(results, "coverage.cobertura.xml", SearchOption.AllDirectories)) : [],
            Tool = $"dotnet test ({Path.GetFileName(target)}, {options.Configuration})",
        };
    }

    /// <summary>VSTest keeps a copy of each attachment next to the TRX; count each report once.</summary>
    private static List<string> DistinctFiles(IEnumerable<string> files) =>
        [.. files.GroupBy(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).Select(g => g.Order(StringComparer.Ordinal).First())];
}
