using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Code;

[Trait("Category", "Slow")] // runs real tools (git, dotnet, docker, PostgreSQL, Alembic, build.sh) or a service
public sealed class LintCheckTests : IDisposable
{
    private readonly DotNetSampleRepository _repository = new();

    public void Dispose() => _repository.Dispose();

    [Fact]
    public async Task Clean_sources_pass_the_format_check()
    {
        var outcome = await _repository.Run(Items.PreLaunch.Lint, new DotNetFormatCheck(new DotNetCodeOptions()));

        Assert.Equal(CheckStatus.Passed, outcome.Result.Status);
        Assert.Equal(0, outcome.Result.Figures["lint.format.violations"]);
        Assert.Equal(2, outcome.Result.Examined);
    }

    [Fact]
    public async Task A_formatting_violation_fails_with_file_line_and_rule()
    {
        _repository.Write("src/Calc/Extra.cs", "namespace Calc;\n\npublic static class Extra\n{\n    public static int   Twice(int x) => x * 2;\n}\n");

        var outcome = await _repository.Run(Items.PreLaunch.Lint, new DotNetFormatCheck(new DotNetCodeOptions()));

        Assert.Equal(CheckStatus.Failed, outcome.Result.Status);
        var finding = Assert.Single(outcome.Result.Findings);
        Assert.Equal(("WHITESPACE", "src/Calc/Extra.cs", 5), (finding.Rule, finding.File, finding.Line));
    }

    [Fact]
    public async Task An_analyzer_warning_is_a_lint_violation_and_a_compile_error_fails_the_type_check()
    {
        _repository.Write("src/Calc/Warn.cs", "namespace Calc;\n\npublic static class Warn\n{\n    public static void M()\n    {\n        int unused;\n    }\n}\n");
        var options = new DotNetCodeOptions();
        var build = new DotNetBuildRun(options);

        var lint = await _repository.Run(Items.PreLaunch.Lint, new BuildDiagnosticsCheck(build, BuildDiagnostics.ErrorsAndWarnings));
        var typeCheck = await _repository.Run(Items.PreLaunch.TypeCheck, new BuildDiagnosticsCheck(build, BuildDiagnostics.Errors));
        _repository.Write("src/Calc/Broken.cs", "namespace Calc;\n\npublic static class Broken\n{\n    public static int M() => \"text\";\n}\n");
        var broken = await _repository.Run(Items.PreLaunch.TypeCheck, new BuildDiagnosticsCheck(new DotNetBuildRun(options), BuildDiagnostics.Errors));

        Assert.Equal(CheckStatus.Failed, lint.Result.Status);
        Assert.Contains(lint.Result.Findings, f => f is { Rule: "CS0168", File: "src/Calc/Warn.cs", Line: 7 });
        Assert.Equal(CheckStatus.Passed, typeCheck.Result.Status);
        Assert.Equal(CheckStatus.Failed, broken.Result.Status);
        Assert.Contains(broken.Result.Findings, f => f is { Rule: "CS0029", File: "src/Calc/Broken.cs", Line: 5 });
        Assert.Equal(1, broken.Result.Figures["build.errors"]);
    }
}
