namespace Pipeline.Readiness.Checks.Code;

/// <summary>A toolchain's test runner as the test, suite and coverage checks see it: the whole suite (with Cobertura
/// coverage files) and one category at a time. <see cref="DotNetTestRun"/> is the .NET adapter; a Python adapter
/// would run pytest (JUnit XML) and coverage.py (<c>coverage xml</c> writes Cobertura).</summary>
internal interface ITestRun
{
    /// <summary>Thresholds and expectations the checks apply.</summary>
    DotNetCodeOptions Options { get; }

    /// <summary>Runs (once) the whole suite with coverage.</summary>
    Task<TestRunResult> AllAsync(CheckContext context);

    /// <summary>Runs (once) the tests of one category.</summary>
    Task<TestRunResult> CategoryAsync(CheckContext context, string category);
}
