namespace Pipeline.Readiness;

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

        var solutions = Directory.GetFiles(root, "*.sln").Concat(Directory.GetFiles(root, "*.slnx")).ToList();
        var candidates = solutions.Count > 0 ? solutions : [.. Directory.GetFiles(root, "*.csproj")];
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => null,
            _ => throw new InvalidOperationException(
                $"several solutions or projects at the root ({string.Join(", ", candidates.Select(Path.GetFileName))}); set DotNetCodeOptions.Target"),
        };
    }

    public static string Require(string root, string? configured) =>
        Find(root, configured) ?? throw new FileNotFoundException("no solution or project at the root; set DotNetCodeOptions.Target");
}
