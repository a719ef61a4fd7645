namespace Pipeline;

/// <summary>Finds the build root: <c>--root</c> when given (it must exist), otherwise the nearest folder at or
/// above the current one that holds <c>.nuke</c>, otherwise the current folder.</summary>
internal static class RootFinder
{
    public static string Find(string? rootOption, string currentDirectory)
    {
        if (rootOption is not null)
        {
            var full = Path.GetFullPath(rootOption, currentDirectory);
            return Directory.Exists(full)
                ? full
                : throw new InvalidUsageException($"Root directory '{rootOption}' does not exist.");
        }

        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            if (Directory.Exists(Path.Combine(directory.FullName, ".nuke")))
            {
                return directory.FullName;
            }
        }

        return currentDirectory;
    }
}
