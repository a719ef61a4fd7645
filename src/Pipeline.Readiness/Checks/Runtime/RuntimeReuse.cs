namespace Pipeline.Readiness.Checks.Runtime;

/// <summary>What a run of the service on loopback depends on (<see cref="EvidenceReuse"/>): the service's code (every
/// tracked file), its runtime (<c>dotnet</c> and its SDKs, or the Python interpreter with the packages installed where
/// it looks), the variables that steer it, and what the command runs that may be built rather than committed (the
/// published dll and the files beside it). A service may reach outside the repository (a database, an identity
/// provider), and the load test measures this machine, so an outcome is reused for a day at most. A command whose
/// program is neither <c>dotnet</c> nor a Python tool (a container, a script) is never reused: what it runs is not known.</summary>
internal static class RuntimeReuse
{
    private static readonly string[] PythonPrograms = ["python", "python3", "uvicorn", "gunicorn", "hypercorn", "uv", "poetry"];

    /// <summary>The inputs of a run of <paramref name="command"/>, or null when they are not known.</summary>
    public static EvidenceReuse? Of(IReadOnlyList<string> command)
    {
        if (command.Count == 0)
        {
            return null;
        }

        var program = Path.GetFileName(command[0]);
        var runtime = program == "dotnet" ? DotNetReuse.Build
            : PythonPrograms.Contains(program) || (program.StartsWith("python3.", StringComparison.Ordinal) && !program.EndsWith(".py", StringComparison.Ordinal)) ? PythonReuse.Project(".")
            : null;
        return runtime is null ? null : runtime with
        {
            External = true,
            Tools = [.. runtime.Tools.Append(command[0]).Distinct(StringComparer.Ordinal)],
            Built = [.. command.Skip(1).Where(a => a.Length > 0 && !a.StartsWith('-') && !a.Contains('{', StringComparison.Ordinal) && !a.Contains('=', StringComparison.Ordinal))],
        };
    }
}
