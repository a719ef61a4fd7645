namespace Pipeline.Readiness.Checks;

/// <summary>The resources the gate's own checks and shared work hold (<see cref="ReadinessCheck.Resources"/>).</summary>
internal static class CheckResources
{
    /// <inheritdoc cref="ReadinessCheck.DotNetResource"/>
    public const string DotNet = ReadinessCheck.DotNetResource;

    /// <inheritdoc cref="ReadinessCheck.DockerResource"/>
    public const string Docker = ReadinessCheck.DockerResource;

    private static readonly string[] NeverBuilding = ["python", "python3", "uv", "node", "npm", "npx", "mypy", "ruff", "pytest", "alembic", "uvicorn"];

    /// <summary>What a command a team configured holds: nothing for the Python and Node.js tools, which build nothing;
    /// <see cref="DotNet"/> for anything else (<c>dotnet run</c>, a script that may call it), since what it runs is
    /// not known here.</summary>
    internal static IReadOnlyCollection<string> OfCommand(IReadOnlyList<string> command) =>
        command.Count > 0 && IsNeverBuilding(Path.GetFileNameWithoutExtension(command[0])) ? [] : [DotNet];

    private static bool IsNeverBuilding(string program) =>
        NeverBuilding.Contains(program, StringComparer.OrdinalIgnoreCase) || program.StartsWith("python3.", StringComparison.OrdinalIgnoreCase);
}
