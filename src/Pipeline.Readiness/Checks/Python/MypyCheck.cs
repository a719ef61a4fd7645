namespace Pipeline.Readiness.Checks.Python;

/// <summary>The type check for Python (the seed's <c>uv run mypy .</c>): mypy as the project runs it, its cache kept
/// under the report folder. Type errors fail the item with file, line and code. Import errors alone — modules that are
/// not installed — are an Error naming them (mypy could not see those types, so nothing is proven); a crash, a usage
/// error or output without mypy's summary is an Error too.</summary>
internal sealed class MypyCheck(PythonCodeOptions options) : ReadinessCheck<PythonCodeOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => PythonReuse.Code(Options);

    /// <inheritdoc />
    public override string Name => "mypy";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var project = Options.RequireProject(context);
        var mypy = await PythonTools.FindAsync(context, project, "mypy", "mypy").ConfigureAwait(false);
        if (mypy is null)
        {
            return CheckResult.Error(PythonTools.Missing("mypy", project));
        }

        var targets = Options.MypyTargets.Count > 0 ? Options.MypyTargets
            : project.Table("tool.mypy") is { } config && config.ContainsKey("files") ? [] : ["."];
        var run = await context.Processes.RunAsync(mypy.Run(project.Directory,
            ["--no-color-output", "--no-pretty", "--show-error-codes", "--cache-dir", context.Artifact("work", "mypy-cache"), .. targets]), context.Cancellation)
            .ConfigureAwait(false);
        var output = run.StandardOutput + "\n" + run.StandardError;
        var (errors, checkedFiles) = MypyOutput.Parse(output);
        if (run.ExitCode is not (0 or 1) || checkedFiles is null)
        {
            var requires = project.RequiresPython is { } value ? $" (the project requires Python {value}; a syntax error can mean mypy runs on an older one)" : string.Empty;
            return CheckResult.Error($"'{run.CommandLine}' did not finish a check (exit code {run.ExitCode}){requires}: {Tail(output)}");
        }

        var prefix = project.PathPrefix(context);
        var typeErrors = errors.Where(e => e.MissingModule is null).ToList();
        var missing = errors.Select(e => e.MissingModule).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var findings = typeErrors.Select(e => Finding.Create(e.Code, FindingSeverity.Error, prefix + e.File, e.Line, $"{e.Message} [{e.Code}]", $"{e.Code}:{e.Message}"))
            .Concat(missing.Select(m => Finding.Create("import-not-found", FindingSeverity.Warning, null, null, $"module '{m}' is not installed, so its types were not checked", m)))
            .ToList();
        var notInstalled = missing.Count > 0 ? $"; not installed: {string.Join(", ", missing.Take(12))}{(missing.Count > 12 ? $" and {missing.Count - 12} more" : string.Empty)}" : string.Empty;
        var summary = $"{typeErrors.Count} type error(s) in {checkedFiles} source file(s){notInstalled}";
        var locked = PythonPackages.Read(project, context).Packages.FirstOrDefault(p => p.Id == "mypy") is { } pin && pin.Version != mypy.Version ? pin.Version : null;
        var evidence = typeErrors.Count > 0 && locked is not null
                ? new CheckResult(CheckStatus.Error, $"{summary}, found by mypy {mypy.Version}; the project locks mypy {locked}, whose checks differ, and its environment is not installed here: the locked version decides (install the project's dependencies)", checkedFiles.Value) { Findings = findings }
            : typeErrors.Count > 0 ? CheckResult.Failed(checkedFiles.Value, summary, [.. findings])
            : missing.Count > 0 ? CheckResult.Error($"mypy could not follow the imports of {missing.Count} module(s) that are not installed ({string.Join(", ", missing.Take(12))}): install the project's dependencies (uv sync) so their types are checked") with { Findings = findings }
            : CheckResult.Passed(checkedFiles.Value, summary);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["typecheck.errors"] = typeErrors.Count, ["typecheck.files"] = checkedFiles.Value, ["typecheck.missing-modules"] = missing.Count },
            Tool = mypy.Description,
            Inputs = new Dictionary<string, string> { ["targets"] = string.Join(" ", targets), ["project"] = context.Relative(project.Directory) },
        };
    }

    private static string Tail(string output) => string.Join(" | ", output.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).TakeLast(4));
}
