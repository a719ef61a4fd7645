using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>The Python code checks with the real tools (Debian's pytest, pytest-cov and mypy, ruff's WebAssembly build
/// under Node): a clean service passes every code item, and each break fails exactly its item.</summary>
[Trait("Category", "Slow")]
public sealed class PythonCodeCheckTests : IDisposable
{
    private static readonly IReadOnlyDictionary<string, int> SmallSuites = new Dictionary<string, int> { ["SqlInjection"] = 2, ["Xss"] = 1, ["Auth"] = 1 };

    private readonly PythonProjectFolder _project = new();

    public void Dispose() => _project.Dispose();

    private async Task<Dictionary<string, CheckResult>> RunAsync(PythonCodeOptions? options = null)
    {
        var setup = new ReadinessSetup().AddPythonCodeChecks(options ?? new PythonCodeOptions { SecuritySuites = SmallSuites });
        return (await CheckRuns.RunAllAsync(setup, _project.Root)).ToDictionary(r => r.Item.Id, r => r.Result);
    }

    [Fact]
    public async Task A_clean_service_passes_every_code_item_and_says_which_tools_decided()
    {
        var results = await RunAsync();

        Assert.All(results, r => Assert.True(r.Value.Status == CheckStatus.Passed, $"{r.Key}: {r.Value.Status} {r.Value.Summary}"));
        Assert.StartsWith("ruff 0.17.3", results["prelaunch.lint"].Tool, StringComparison.Ordinal);
        Assert.StartsWith("mypy 1.", results["prelaunch.type-check"].Tool, StringComparison.Ordinal);
        Assert.StartsWith("pytest 7.", results["testing.all-tests-passing"].Tool, StringComparison.Ordinal);
        Assert.Equal("6 of 6 tests passed", results["testing.all-tests-passing"].Summary);
        Assert.Contains("SqlInjection 2/2 passed", results["security.sql-injection-tests"].Summary, StringComparison.Ordinal);
        Assert.Contains(results["security.xss-tests"].Findings, f => f.Message == "Xss: tests/test_web.py::TestXss::test_script_tag_is_escaped");
        Assert.Equal(100, results["testing.coverage-acceptable"].Figures["coverage.line"]);
    }

    [Fact]
    public async Task A_ruff_violation_fails_lint_alone_at_its_file_and_line()
    {
        _project.Write("svc/calc.py", "import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\ndef escape(text: str) -> str:\n    return text.replace('<', '&lt;')\n");

        var results = await RunAsync();

        var finding = Assert.Single(results["prelaunch.lint"].Findings);
        Assert.Equal((CheckStatus.Failed, "F401", "svc/calc.py", 1), (results["prelaunch.lint"].Status, finding.Rule, finding.File, finding.Line));
        Assert.All(results.Where(r => r.Key != "prelaunch.lint"), r => Assert.Equal(CheckStatus.Passed, r.Value.Status));
    }

    [Fact]
    public async Task Repeated_violations_are_one_finding_per_file_and_rule_with_the_count()
    {
        _project.Write("svc/calc.py", "import json\nimport os\nimport sys\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\ndef escape(text: str) -> str:\n    return text.replace('<', '&lt;')\n");

        var lint = (await RunAsync())["prelaunch.lint"];

        var finding = Assert.Single(lint.Findings);
        Assert.Equal(("F401", 1), (finding.Rule, finding.Line));
        Assert.Equal("F401 `json` imported but unused (column 8); 3 times in this file, at lines 1, 2, 3", finding.Message);
        Assert.StartsWith("3 ruff violation(s) (1 distinct by file and rule)", lint.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_ruff_does_not_report_for_an_init_file_and_another_locked_version_are_not_definite()
    {
        _project.Write("svc/__init__.py", "__all__ = [\"submodule_name\"]\n");
        Assert.Equal(CheckStatus.Passed, (await RunAsync())["prelaunch.lint"].Status); // F822 holds only outside __init__.py (without preview)

        _project.Write("svc/calc.py", "import os\n\n\ndef add(a: int, b: int) -> int:\n    return a + b\n\n\ndef escape(text: str) -> str:\n    return text.replace('<', '&lt;')\n");
        _project.Write("uv.lock", "version = 1\n\n[[package]]\nname = \"ruff\"\nversion = \"0.15.22\"\nsource = { registry = \"https://pypi.org/simple\" }\n");

        var lint = (await RunAsync())["prelaunch.lint"];

        Assert.Equal(CheckStatus.Error, lint.Status);
        Assert.Contains("the project locks ruff 0.15.22, whose rules can differ, and this machine cannot run it", lint.Summary, StringComparison.Ordinal);
        Assert.Contains(lint.Findings, f => f.Rule == "F401" && f.File == "svc/calc.py");
    }

    [Fact]
    public async Task A_failing_test_fails_the_suite_items_naming_it()
    {
        _project.Write("tests/test_calc.py", "from svc.calc import add\n\n\ndef test_add() -> None:\n    assert add(2, 2) == 5\n");

        var results = await RunAsync();

        Assert.Equal(CheckStatus.Failed, results["testing.all-tests-passing"].Status);
        Assert.Equal("1 of 5 tests failed", results["prelaunch.test-suite"].Summary);
        var failure = Assert.Single(results["testing.all-tests-passing"].Findings);
        Assert.Equal(("tests/test_calc.py", 4), (failure.File, failure.Line));
        Assert.Contains("tests/test_calc.py::test_add", failure.Message, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, results["security.sql-injection-tests"].Status);
    }

    [Fact]
    public async Task A_type_error_fails_the_type_check_and_low_coverage_fails_coverage()
    {
        _project.Write("svc/typed.py", "def half(value: int) -> int:\n    return value / 2\n\n\ndef never_called() -> str:\n    text = 'x'\n    return text * 3\n");

        var results = await RunAsync(new PythonCodeOptions { SecuritySuites = SmallSuites, MinimumLineCoverage = 95 });

        var typeError = Assert.Single(results["prelaunch.type-check"].Findings);
        Assert.Equal(("svc/typed.py", 2, "return-value"), (typeError.File, typeError.Line, typeError.Rule));
        Assert.Equal(CheckStatus.Failed, results["testing.coverage-acceptable"].Status);
        Assert.Contains("is below the required 95 %", results["testing.coverage-acceptable"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Passed, results["prelaunch.lint"].Status);
    }

    [Fact]
    public async Task When_the_tests_cannot_run_a_short_suite_fails_with_names_and_a_full_one_is_an_error()
    {
        _project.Write("tests/conftest.py", "import fastapi_that_is_not_installed  # noqa: F401\n");

        var results = await RunAsync(new PythonCodeOptions { SecuritySuites = new Dictionary<string, int> { ["SqlInjection"] = 16, ["Xss"] = 1, ["Auth"] = 1 } });

        Assert.Equal(CheckStatus.Error, results["testing.all-tests-passing"].Status);
        Assert.True(results["testing.all-tests-passing"].Summary.Contains("No module named 'fastapi_that_is_not_installed'", StringComparison.Ordinal), results["testing.all-tests-passing"].Summary);
        var sql = results["security.sql-injection-tests"];
        Assert.Equal(CheckStatus.Failed, sql.Status);
        var tooFew = sql.Findings.Single(f => f.Rule == "test-suite.too-few").Message;
        Assert.True(tooFew.Contains("SqlInjection: 2 of 16 tests exist: tests/test_security_sql_injection.py::test_sql_injection_is_plain_text (line 9, 2 cases)", StringComparison.Ordinal), tooFew);
        Assert.Equal(CheckStatus.Error, results["security.xss-tests"].Status);
        Assert.StartsWith("1 Xss tests exist, at least 1 required (counted in the source; they could not run)", results["security.xss-tests"].Summary, StringComparison.Ordinal);
        Assert.Equal(CheckStatus.Failed, results["testing.security-tests"].Status);
        var types = results["prelaunch.type-check"];
        Assert.Equal(CheckStatus.Error, types.Status); // mypy could not see the module's types: nothing is proven
        Assert.Contains("not installed (fastapi_that_is_not_installed)", types.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_tests_the_projects_own_options_deselect_are_short_with_the_reason()
    {
        var pyproject = Path.Combine(_project.Root, "pyproject.toml");
        File.AppendAllText(pyproject, "\n[tool.pytest.ini_options]\naddopts = \"-m 'not security'\"\nmarkers = [\"security: security suites\"]\n");

        var results = await RunAsync();

        var tooFew = results["security.sql-injection-tests"].Findings.Single(f => f.Rule == "test-suite.too-few").Message;
        Assert.Equal("SqlInjection: 0 tests, at least 2 required; 2 more exist in the source but did not run (deselected by the project's test options?)", tooFew);
        Assert.Contains(results["security.sql-injection-tests"].Findings, f => f.Message.Contains("test_sql_injection_is_plain_text (line 9; in the source, but pytest did not run it)", StringComparison.Ordinal));
    }
}
