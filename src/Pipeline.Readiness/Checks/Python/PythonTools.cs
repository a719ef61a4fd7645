using Pipeline.Processes;

namespace Pipeline.Readiness.Checks.Python;

/// <summary>Finds a Python tool the way the project itself would run it: its own environment first (<c>uv run</c> when
/// <c>uv</c> and <c>uv.lock</c> are there, <c>.venv/bin/…</c>, <c>poetry run</c> with <c>poetry.lock</c>), then the tool
/// on <c>PATH</c>, then <c>python3 -m</c> with any Python on <c>PATH</c> that can import it. Each candidate must answer
/// <c>--version</c>; the first that does is taken. None: null, and <see cref="Missing"/> says how to install it.</summary>
internal static class PythonTools
{
    /// <summary>How to install each tool the checks run, for the Error that names a missing one.</summary>
    private static readonly Dictionary<string, string> Install = new(StringComparer.Ordinal)
    {
        ["pytest"] = "add pytest to the project's dev dependencies (uv add --dev pytest) or apt-get install python3-pytest",
        ["mypy"] = "add mypy to the project's dev dependencies (uv add --dev mypy) or apt-get install mypy",
        ["ruff"] = "add ruff to the project's dev dependencies (uv add --dev ruff), or install Node.js so the gate can run ruff's WebAssembly build",
        ["alembic"] = "add alembic to the project's dependencies or apt-get install alembic",
        ["python3"] = "install Python 3 (apt-get install python3) or create the project's .venv",
    };

    /// <summary>Finds <paramref name="tool"/> (importable as <paramref name="module"/>, null: not runnable with
    /// <c>-m</c>) for the project, or null.</summary>
    public static async Task<PythonTool?> FindAsync(CheckContext context, PythonProject project, string tool, string? module)
    {
        foreach (var (program, prefix, how) in Candidates(project, tool, module))
        {
            var version = await VersionAsync(context, project, tool, program, prefix).ConfigureAwait(false);
            if (version is not null)
            {
                return new PythonTool(tool, program, prefix, version, how);
            }
        }

        return null;
    }

    /// <summary>The Python interpreter of the project (its <c>.venv</c>, else <c>python3</c> on <c>PATH</c>), for
    /// the gate's own scripts that only need the standard library.</summary>
    public static Task<PythonTool?> InterpreterAsync(CheckContext context, PythonProject project) => FindAsync(context, project, "python3", module: null);

    /// <summary>The Error reason for a tool that was not found.</summary>
    public static string Missing(string tool, PythonProject project) =>
        $"{tool} was not found (looked for {string.Join(", ", Candidates(project, tool, tool == "python3" ? null : tool).Select(c => c.How).Distinct())}): "
        + Install.GetValueOrDefault(tool, $"install {tool}");

    private static IEnumerable<(string Program, IReadOnlyList<string> Prefix, string How)> Candidates(PythonProject project, string tool, string? module)
    {
        var venv = Path.Combine(project.Directory, ".venv", "bin");
        if (tool == "python3")
        {
            yield return (Path.Combine(venv, "python"), [], "the project's .venv");
            foreach (var python in ExecutableLookup.All("python3"))
            {
                yield return (python, [], "on PATH");
            }

            yield break;
        }

        if (project.Has("uv.lock") && ExecutableLookup.Find("uv") is { } uv)
        {
            yield return (uv, ["run", "--frozen", tool], "uv run, with uv.lock");
        }

        yield return (Path.Combine(venv, tool), [], "the project's .venv");
        if (project.Has("poetry.lock") && ExecutableLookup.Find("poetry") is { } poetry)
        {
            yield return (poetry, ["run", tool], "poetry run, with poetry.lock");
        }

        if (ExecutableLookup.Find(tool) is { } onPath)
        {
            yield return (onPath, [], "on PATH");
        }

        if (module is not null)
        {
            foreach (var python in ExecutableLookup.All("python3"))
            {
                yield return (python, ["-m", module], "python3 -m, on PATH");
            }
        }
    }

    private static async Task<string?> VersionAsync(CheckContext context, PythonProject project, string tool, string program, IReadOnlyList<string> prefix)
    {
        if (!File.Exists(program))
        {
            return null;
        }

        try
        {
            var run = await context.Processes.RunAsync(new ProcessSpec(program, [.. prefix, "--version"])
            {
                WorkingDirectory = project.Directory,
                CheckExitCode = false,
                LogOutput = false,
                Timeout = TimeSpan.FromMinutes(2),
            }, context.Cancellation).ConfigureAwait(false);
            // The tool's own "name 1.2.3" line counts even when the exit code does not: pytest prints its version and then
            // fails on the project's addopts (e.g. -n without pytest-xdist), which the run itself reports.
            var named = System.Text.RegularExpressions.Regex.Match(run.StandardOutput + "\n" + run.StandardError,
                $@"(?im)^\s*{System.Text.RegularExpressions.Regex.Escape(tool == "python3" ? "python" : tool)}\S*\s+(?:version\s+)?(\d+(?:\.\d+)+\S*)");
            return named.Success ? named.Groups[1].Value : null;
        }
        catch (ProcessFailedException)
        {
            return null;
        }
    }
}
