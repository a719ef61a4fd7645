namespace Pipeline.Readiness.Checks.Python;

/// <summary>A Python tool as it was found: the program and the arguments that come before the tool's own
/// (<c>uv run --frozen ruff</c>, <c>.venv/bin/ruff</c>, <c>python3 -m mypy</c>), its version, and how it was found —
/// all of it recorded in the evidence.</summary>
internal sealed record PythonTool(string Name, string Program, IReadOnlyList<string> Prefix, string Version, string HowFound)
{
    /// <summary>What the evidence says, e.g. <c>mypy 1.0.1 (/usr/bin/mypy, on PATH)</c>.</summary>
    public string Description => $"{Name} {Version} ({string.Join(' ', [Program, .. Prefix])}, {HowFound})";

    /// <summary>The process that runs the tool with <paramref name="arguments"/> in <paramref name="directory"/>.</summary>
    public ProcessSpec Run(string directory, IEnumerable<string> arguments) =>
        new(Program, [.. Prefix, .. arguments]) { WorkingDirectory = directory, CheckExitCode = false, LogOutput = false };
}
