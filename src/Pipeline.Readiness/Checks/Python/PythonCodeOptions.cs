namespace Pipeline.Readiness.Checks.Python;

/// <summary>Options of the Python code checks (ruff, mypy, pytest with pytest-cov, the security suites), on top of
/// the thresholds every stack shares (<see cref="CodeOptions"/>).</summary>
public sealed record PythonCodeOptions : CodeOptions
{
    /// <summary>The Python project's folder, relative to the root (where <c>pyproject.toml</c> or the requirements are).</summary>
    public string ProjectDirectory { get; init; } = ".";

    /// <summary>The words that select each security suite's tests, matched case-insensitively in pytest markers and
    /// in test file, class and function names (the seed's <c>pytest -k "security or sql_injection or xss or auth"</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> SuiteKeywords { get; init; } = new Dictionary<string, IReadOnlyList<string>>
    {
        ["SqlInjection"] = ["sql_injection", "sqlinjection"],
        ["Xss"] = ["xss"],
        ["Auth"] = ["auth"],
    };

    /// <summary>More pytest arguments (e.g. <c>-p no:randomly</c>); the gate adds its JUnit and coverage options.</summary>
    public IReadOnlyList<string> PytestArguments { get; init; } = [];

    /// <summary>What pytest-cov measures (<c>--cov=…</c>); empty: <c>[tool.coverage.run] source</c> when set, else the
    /// project's top-level packages.</summary>
    public IReadOnlyList<string> CoverageSource { get; init; } = [];

    /// <summary>What mypy checks; empty: the files of <c>[tool.mypy] files</c> when set, else <c>.</c> (the seed's <c>mypy .</c>).</summary>
    public IReadOnlyList<string> MypyTargets { get; init; } = [];

    /// <summary>The version of ruff's WebAssembly build (npm <c>@astral-sh/ruff-wasm-nodejs</c>) run when the project has no ruff.</summary>
    public string RuffWasmVersion { get; init; } = "0.17.3";

    /// <inheritdoc />
    public override IEnumerable<string> Validate()
    {
        foreach (var problem in base.Validate())
        {
            yield return problem;
        }

        if (string.IsNullOrWhiteSpace(ProjectDirectory) || Path.IsPathRooted(ProjectDirectory))
        {
            yield return $"ProjectDirectory: must be a folder relative to the root (got '{ProjectDirectory}')";
        }

        foreach (var suite in SecuritySuites.Keys.Where(s => !SuiteKeywords.TryGetValue(s, out var words) || words.Count == 0))
        {
            yield return $"SuiteKeywords: the security suite '{suite}' has no keyword to select its tests";
        }
    }

    /// <summary>The Python project the checks work on; none there throws, which the gate records as an Error.</summary>
    internal PythonProject RequireProject(CheckContext context) => PythonProject.Require(context.Root, ProjectDirectory);
}
