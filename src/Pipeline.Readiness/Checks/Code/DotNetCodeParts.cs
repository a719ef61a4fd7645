namespace Pipeline.Readiness.Checks.Code;

/// <summary>Which of the .NET code checks to register.</summary>
[Flags]
internal enum DotNetCodeParts
{
    /// <summary>dotnet format, analyzer warnings and the type check.</summary>
    Lint = 1,

    /// <summary>The test suite and the security suites.</summary>
    Tests = 2,

    /// <summary>The coverage thresholds and the HTML report.</summary>
    Coverage = 4,

    /// <summary>All of them.</summary>
    All = Lint | Tests | Coverage,
}
