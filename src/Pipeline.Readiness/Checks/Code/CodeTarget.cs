namespace Pipeline.Readiness.Checks.Code;

/// <summary>Finds what the .NET checks work on: the configured target, or the root's only solution, or its only project.</summary>
internal static class CodeTarget
{
    public static string? Find(string root, string? configured)
    {
        if (configured is not null)
        {
            var path = Path.GetFullPath(configured, root);
            return File.Exists(path) ? path : throw new FileNotFoundException($"the configured target '{configured}' does not exist");
        }

        var candidates = Candidates(root);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => null,
            _ => throw new InvalidOperationException(
                $"several solutions or projects at the root ({string.Join(", ", candidates.Select(Path.GetFileName))}); set DotNetCodeOptions.Target"),
        };
    }

    /// <summary>The root's solutions (<c>.sln</c>, <c>.slnx</c>).</summary>
    public static List<string> Solutions(string root) =>
        [.. Directory.GetFiles(root, "*.sln").Concat(Directory.GetFiles(root, "*.slnx")).Order(StringComparer.Ordinal)];

    /// <summary>What a .NET check could work on at the root: its solutions, or else its projects.</summary>
    public static List<string> Candidates(string root) => Solutions(root) is { Count: > 0 } solutions
        ? solutions
        : [.. Directory.GetFiles(root, "*.csproj").Order(StringComparer.Ordinal)];

    public static string Require(string root, string? configured) =>
        Find(root, configured) ?? throw new FileNotFoundException("no solution or project at the root; set DotNetCodeOptions.Target");
}
