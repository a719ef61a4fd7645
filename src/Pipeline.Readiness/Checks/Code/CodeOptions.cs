namespace Pipeline.Readiness.Checks.Code;

/// <summary>What the code checks of every stack hold a repository to: the expected test total, the security suites,
/// coverage thresholds and filters, and the lint budget. <see cref="DotNetCodeOptions"/> and
/// <see cref="PythonCodeOptions"/> add what is particular to their toolchain. Validated up front; every bad field is
/// reported at once.</summary>
public abstract record CodeOptions : ICheckOptions
{
    /// <summary>The exact number of tests expected (the seed's 152/152), so silently dropped tests fail; null: any.</summary>
    public int? ExpectedTestTotal { get; init; }

    /// <summary>Security suites and the minimum number of tests each: xunit <c>[Trait("Category", …)]</c> for .NET,
    /// markers, keywords and names for pytest (see <see cref="PythonCodeOptions.SuiteKeywords"/>).</summary>
    public IReadOnlyDictionary<string, int> SecuritySuites { get; init; } = new Dictionary<string, int>
    {
        ["SqlInjection"] = 16,
        ["Xss"] = 12,
        ["Auth"] = 28,
    };

    /// <summary>Minimum line coverage in percent over everything included.</summary>
    public double MinimumLineCoverage { get; init; } = 80;

    /// <summary>Minimum branch coverage in percent; null: not enforced (still reported).</summary>
    public double? MinimumBranchCoverage { get; init; }

    /// <summary>Minimum line coverage per assembly (.NET) or package (Python), by name.</summary>
    public IReadOnlyDictionary<string, double> AssemblyMinimumLineCoverage { get; init; } = new Dictionary<string, double>();

    /// <summary>Assemblies or packages to include in coverage (wildcards allowed); empty: all.</summary>
    public IReadOnlyList<string> CoverageInclude { get; init; } = [];

    /// <summary>Assemblies or packages to leave out of coverage (wildcards allowed).</summary>
    public IReadOnlyList<string> CoverageExclude { get; init; } = [];

    /// <summary>Source files to leave out of coverage, as globs relative to the root (e.g. <c>**/Migrations/*.cs</c>).</summary>
    public IReadOnlyList<string> CoverageExcludeFiles { get; init; } = [];

    /// <summary>Count the code that the compiler's source generators emitted (sources under an <c>obj/</c> folder:
    /// <c>[GeneratedRegex]</c>, <c>[LoggerMessage]</c>, JSON serializer contexts, Razor, …). Default false: left out, as
    /// Microsoft's coverage collector leaves out <c>obj/</c> by default — the team did not write those lines, and a
    /// single regex can emit hundreds of them. The evidence says how many lines were left out.</summary>
    public bool CountGeneratedCode { get; init; }

    /// <summary>How many lint violations are tolerated (the seed expects 0).</summary>
    public int MaximumLintViolations { get; init; }

    /// <summary>How long the whole test run (build, tests, coverage) may take before every test item is an Error
    /// saying so (default 10 minutes); a large suite raises it.</summary>
    public TimeSpan TestTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>The ReportGenerator version used for the HTML coverage report, unless the root's tool manifest pins one.</summary>
    public string ReportGeneratorVersion { get; init; } = "5.6.0";

    /// <inheritdoc />
    public virtual IEnumerable<string> Validate()
    {
        if (ExpectedTestTotal is <= 0)
        {
            yield return $"ExpectedTestTotal: must be positive (got {ExpectedTestTotal})";
        }

        foreach (var (name, value) in AssemblyMinimumLineCoverage.Append(KeyValuePair.Create("MinimumLineCoverage", MinimumLineCoverage))
            .Concat(MinimumBranchCoverage is { } branch ? [KeyValuePair.Create("MinimumBranchCoverage", branch)] : []))
        {
            if (value is < 0 or > 100 || double.IsNaN(value))
            {
                yield return $"{name}: must be between 0 and 100 (got {value})";
            }
        }

        foreach (var (suite, minimum) in SecuritySuites.Where(s => s.Value < 1 || string.IsNullOrWhiteSpace(s.Key)))
        {
            yield return $"SecuritySuites: '{suite}' needs a name and a minimum of at least 1 (got {minimum})";
        }

        if (TestTimeout <= TimeSpan.Zero)
        {
            yield return $"TestTimeout: must be positive (got {TestTimeout})";
        }

        if (MaximumLintViolations < 0)
        {
            yield return $"MaximumLintViolations: must not be negative (got {MaximumLintViolations})";
        }
    }
}
