namespace Pipeline.Readiness.Checks.Python;

/// <summary>Registers the Python code checks (Polly-style <c>AddX</c>): ruff and mypy, pytest and the security
/// suites, and coverage, sharing one pytest run. Items that already have a check keep theirs.</summary>
internal static class PythonCodeChecks
{
    /// <summary>Adds the Python code checks in <paramref name="parts"/> for every code item that has no check yet.</summary>
    public static ReadinessSetup AddPythonCodeChecks(this ReadinessSetup setup, PythonCodeOptions? options = null, CodeParts parts = CodeParts.All) =>
        setup.AddMissing([.. For(options ?? new PythonCodeOptions(), parts)]);

    /// <summary>The Python code checks in <paramref name="parts"/>, by item.</summary>
    public static List<(ChecklistItem, ReadinessCheck)> For(PythonCodeOptions options, CodeParts parts)
    {
        var tests = new PytestRun(options) { Timeout = options.TestTimeout };
        var checks = new List<(ChecklistItem, ReadinessCheck)>();
        if (parts.HasFlag(CodeParts.Lint))
        {
            checks.Add((Items.PreLaunch.Lint, new RuffCheck(options)));
            checks.Add((Items.PreLaunch.TypeCheck, new MypyCheck(options)));
        }

        if (parts.HasFlag(CodeParts.Tests))
        {
            checks.AddRange(CodeTestChecks.For(tests));
        }

        if (parts.HasFlag(CodeParts.Coverage))
        {
            checks.Add(CodeTestChecks.Coverage(tests));
        }

        return checks;
    }
}
