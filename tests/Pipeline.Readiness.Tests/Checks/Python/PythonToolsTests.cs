using System.Diagnostics;
using Pipeline.Readiness.Tests.Support;

namespace Pipeline.Readiness.Tests.Checks.Python;

/// <summary>Tools are found as the project runs them: its own <c>.venv</c> before <c>PATH</c>; what was found, its
/// version and how are recorded; a missing tool names where it was looked for and how to install it.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
[Trait("Category", "Slow")] // makes a real virtual environment and asks each candidate for its version
public sealed class PythonToolsTests : IDisposable
{
    private readonly PythonProjectFolder _project = new();

    public void Dispose() => _project.Dispose();

    private CheckContext Context => new(Items.PreLaunch.TestSuite, _project.Root, "0000000", new ProcessRunner(), TimeProvider.System, CancellationToken.None);

    [Fact]
    public async Task The_projects_venv_comes_before_path()
    {
        using (var venv = System.Diagnostics.Process.Start(new ProcessStartInfo("/usr/bin/python3", ["-m", "venv", "--without-pip", "--system-site-packages", ".venv"]) { WorkingDirectory = _project.Root })!)
        {
            await venv.WaitForExitAsync();
            Assert.Equal(0, venv.ExitCode);
        }

        // What installing pytest into the environment writes: an entry script run by the environment's interpreter.
        var script = Path.Combine(_project.Root, ".venv", "bin", "pytest");
        File.WriteAllText(script, $"#!{Path.Combine(_project.Root, ".venv", "bin", "python")}\nimport sys\nimport pytest\nsys.exit(pytest.console_main())\n");
        File.SetUnixFileMode(script, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var project = PythonProject.Detect(_project.Root)!;

        var python = await PythonTools.InterpreterAsync(Context, project);
        var pytest = await PythonTools.FindAsync(Context, project, "pytest", "pytest");
        var mypy = await PythonTools.FindAsync(Context, project, "mypy", "mypy");

        Assert.Equal((Path.Combine(_project.Root, ".venv", "bin", "python"), "the project's .venv"), (python!.Program, python.HowFound));
        Assert.Equal((script, "the project's .venv"), (pytest!.Program, pytest.HowFound));
        Assert.StartsWith("pytest 7.", pytest.Description, StringComparison.Ordinal);
        Assert.Equal(("/usr/bin/mypy", "on PATH"), (mypy!.Program, mypy.HowFound));
        var result = await CheckRuns.RunAsync(new TestsPassingCheck(new PytestRun(new PythonCodeOptions())), Items.Testing.AllTestsPassing, _project.Root);
        Assert.Contains($"({script}, the project's .venv)", result.Tool, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_tool_says_where_it_was_looked_for_and_how_to_install_it()
    {
        var project = PythonProject.Detect(_project.Root)!;

        var found = await PythonTools.FindAsync(Context, project, "pyright-not-installed", "pyright_not_installed");

        Assert.Null(found);
        Assert.Equal("pytest was not found (looked for the project's .venv, on PATH, python3 -m, on PATH): add pytest to the project's dev dependencies (uv add --dev pytest) or apt-get install python3-pytest",
            PythonTools.Missing("pytest", project));
    }
}
