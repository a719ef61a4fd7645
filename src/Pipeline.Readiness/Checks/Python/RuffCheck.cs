using System.Text.Json;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Lint for Python (the seed's <c>uv run ruff check .</c>): the project's ruff (its environment, then
/// <c>PATH</c>) with JSON output, or else ruff's WebAssembly build (<see cref="RuffWasm"/>). Every diagnostic is a
/// finding with file, line and rule; more than <see cref="CodeOptions.MaximumLintViolations"/> fail the item. ruff
/// refusing the settings, or crashing, is an Error.</summary>
internal sealed class RuffCheck(PythonCodeOptions options) : ReadinessCheck<PythonCodeOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => PythonReuse.Code(Options);

    /// <inheritdoc />
    public override string Name => "ruff";

    /// <inheritdoc />
    internal override string Stack => Stacks.Python;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var project = Options.RequireProject(context);
        var settings = RuffSettings.Read(project);
        var packages = settings.Source == "ruff's defaults" ? PythonPackages.Read(project, context).Packages : [];
        if (settings.Source == "ruff's defaults" && (OtherLinter(project) ?? packages.Select(p => p.Id).FirstOrDefault(id => id is "flake8" or "pylint" or "wemake-python-styleguide")) is { } other
            && !packages.Any(p => p.Id == "ruff"))
        {
            return CheckResult.Error($"the project lints with {other}, not ruff (no ruff settings, ruff not among its packages): ruff's defaults are not its rules; "
                + "run its own linter as a check of your own, or configure ruff ([tool.ruff] in pyproject.toml)");
        }

        var files = project.SourceFiles(context.ReportDirectory).Where(f => !settings.Excluded(f)).ToList();
        var ruff = await PythonTools.FindAsync(context, project, "ruff", "ruff").ConfigureAwait(false);
        var (tool, diagnostics, unreadable) = ruff is null
            ? await RuffWasm.RunAsync(context, project, settings, files, Options.RuffWasmVersion).ConfigureAwait(false)
            : await RunBinaryAsync(context, project, ruff).ConfigureAwait(false);
        if (unreadable.Count > 0)
        {
            return CheckResult.Error($"ruff could not read {unreadable.Count} file(s): {string.Join("; ", unreadable.Take(5))}");
        }

        var prefix = project.PathPrefix(context);
        var kept = diagnostics.Where(d => ruff is not null || (!settings.Ignored(d.File, d.Code) && settings.HoldsForPath(d.File, d.Code))).ToList();
        var findings = Grouped(kept, prefix);
        string? otherVersion = null;
        if (ruff is null && project.Has("uv.lock") && PythonPackages.Read(project, context).Packages.FirstOrDefault(p => p.Id == "ruff") is { } locked && locked.Version != Options.RuffWasmVersion)
        {
            otherVersion = locked.Version;
            findings.Add(Finding.Create("ruff.version", FindingSeverity.Warning, context.Relative(Path.Combine(project.Directory, "uv.lock")), null,
                $"the project locks ruff {locked.Version} but has no environment; its WebAssembly build {Options.RuffWasmVersion} ran, and rules can differ between versions", locked.Version));
        }

        var examined = ruff is null ? files.Count : Math.Max(files.Count, diagnostics.Select(d => d.File).Distinct().Count());
        var distinct = findings.Count(f => f.Severity == FindingSeverity.Error);
        var summary = $"{kept.Count} ruff violation(s){(distinct < kept.Count ? $" ({distinct} distinct by file and rule)" : "")} in {examined} file(s) (at most {Options.MaximumLintViolations} allowed; settings: {settings.Source})";
        var violations = kept.Count;
        var evidence = violations <= Options.MaximumLintViolations
            ? CheckResult.Passed(examined, summary) with { Findings = findings }
            : otherVersion is not null
                ? new CheckResult(CheckStatus.Error, $"{summary}, found by ruff {Options.RuffWasmVersion} (WebAssembly); the project locks ruff {otherVersion}, "
                    + "whose rules can differ, and this machine cannot run it: the locked version decides (install uv, or ruff into the project's environment)", examined)
                { Findings = findings }
                : CheckResult.Failed(examined, summary, [.. findings]);
        return evidence with
        {
            Figures = new Dictionary<string, double> { ["lint.ruff.violations"] = violations, ["lint.ruff.files"] = examined },
            Tool = tool,
            Inputs = new Dictionary<string, string> { ["settings"] = settings.Source, ["project"] = context.Relative(project.Directory) },
        };
    }

    /// <summary>One finding per file and rule (the first occurrence's line and message, with how many more and where),
    /// so two files with Windows line endings are two findings, not ninety.</summary>
    private static List<Finding> Grouped(List<RuffDiagnostic> diagnostics, string prefix) =>
        [.. diagnostics.GroupBy(d => (d.File, d.Code)).Select(g =>
        {
            var first = g.OrderBy(d => d.Line).First();
            var more = g.Count() > 1 ? $"; {g.Count()} times in this file, at lines {string.Join(", ", g.Select(d => d.Line).Distinct().Order().Take(8))}{(g.Count() > 8 ? ", …" : "")}" : "";
            return Finding.Create(first.Code, FindingSeverity.Error, prefix + first.File, first.Line, $"{first.Code} {first.Message} (column {first.Column}){more}", $"{first.Code}:{first.Message}");
        })];

    /// <summary>The linter a project configures instead of ruff (flake8, pylint), as a reason names it; null when none.</summary>
    private static string? OtherLinter(PythonProject project)
    {
        foreach (var (file, section, name) in new[] { ("setup.cfg", "[flake8]", "flake8 (setup.cfg [flake8])"), ("tox.ini", "[flake8]", "flake8 (tox.ini [flake8])"),
            (".flake8", "[flake8]", "flake8 (.flake8)"), (".pylintrc", "[", "pylint (.pylintrc)"), ("pyproject.toml", "[tool.pylint", "pylint (pyproject.toml [tool.pylint])"),
            ("pyproject.toml", "[tool.flake8", "flake8 (pyproject.toml [tool.flake8])") })
        {
            var path = Path.Combine(project.Directory, file);
            if (File.Exists(path) && File.ReadAllText(path).Contains(section, StringComparison.Ordinal))
            {
                return name;
            }
        }

        return null;
    }

    private static async Task<(string, List<RuffDiagnostic>, List<string>)> RunBinaryAsync(CheckContext context, PythonProject project, PythonTool ruff)
    {
        var run = await context.Processes.RunAsync(ruff.Run(project.Directory, ["check", "--output-format", "json", "--no-fix", "--no-cache", "."]), context.Cancellation)
            .ConfigureAwait(false);
        if (run.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"'{run.CommandLine}' failed with exit code {run.ExitCode}: {run.StandardError.Trim().Split('\n').LastOrDefault()}");
        }

        using var document = JsonDocument.Parse(run.StandardOutput);
        var diagnostics = document.RootElement.EnumerateArray().Select(d => new RuffDiagnostic(
            Path.GetRelativePath(project.Directory, d.GetProperty("filename").GetString()!).Replace('\\', '/'),
            d.GetProperty("location").GetProperty("row").GetInt32(), d.GetProperty("location").GetProperty("column").GetInt32(),
            d.GetProperty("code").GetString() ?? "syntax", d.GetProperty("message").GetString()!)).ToList();
        return (ruff.Description, diagnostics, []);
    }
}
