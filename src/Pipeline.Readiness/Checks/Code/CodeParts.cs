namespace Pipeline.Readiness.Checks.Code;

/// <summary>Which of the code checks (of every stack) to register.</summary>
[Flags]
internal enum CodeParts
{
    /// <summary>Lint and the type check (dotnet format and analyzer warnings; ruff and mypy).</summary>
    Lint = 1,

    /// <summary>The test suite and the security suites.</summary>
    Tests = 2,

    /// <summary>The coverage thresholds and the HTML report.</summary>
    Coverage = 4,

    /// <summary>All of them.</summary>
    All = Lint | Tests | Coverage,
}
