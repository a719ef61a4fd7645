namespace Pipeline.Readiness.Checks.Python;

/// <summary>What the Python code checks' outcomes depend on (<see cref="EvidenceReuse"/>): every tracked file, the
/// interpreters and runners they may use (the project's <c>.venv</c>, <c>uv</c>, <c>poetry</c>, the tools on
/// <c>PATH</c>, Node.js for ruff's WebAssembly build), the packages installed where those look (the project's
/// <c>.venv</c>, the system's and the user's site folders, pyenv's versions: each package's name and version), and the
/// variables that steer them. A test run may reach outside the repository, so its outcome is reused for a day at most.</summary>
internal static class PythonReuse
{
    private static readonly string[] Variables = ["PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "UV_PROJECT_ENVIRONMENT", "PYENV_VERSION", "PYTEST_ADDOPTS", "MYPYPATH"];

    private static readonly string[] Tools = ["python3", "uv", "poetry", "pytest", "mypy", "ruff", "node"];

    private static readonly string[] SystemSites =
    [
        "/usr/lib/python3/dist-packages", "/usr/local/lib/python3*/dist-packages", "/usr/local/lib/python3*/site-packages",
        "~/.local/lib/python3*/site-packages", "~/.pyenv/versions/*/lib/python3*/site-packages",
    ];

    /// <summary>For checks that read or analyse the project's code (ruff, mypy).</summary>
    public static EvidenceReuse Code(PythonCodeOptions options) => Project(options.ProjectDirectory);

    /// <summary>For checks that run the code of the project in <paramref name="directory"/> (relative to the root).</summary>
    public static EvidenceReuse Project(string directory) => EvidenceReuse.WholeTree with
    {
        Tools = Tools,
        Environment = Variables,
        Installed = [Path.Combine(directory, ".venv", "lib", "python3*", "site-packages").Replace('\\', '/'), .. SystemSites],
    };

    /// <summary>For checks that read a pytest run.</summary>
    public static EvidenceReuse Tests(PythonCodeOptions options) => Code(options) with { External = true };
}
