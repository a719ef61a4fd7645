namespace Pipeline.Processes;

/// <summary>Finds the program a process spec names, the way a release gate must: a bare name (<c>git</c>) only on
/// the absolute directories of <c>PATH</c>, never in the working directory or the repository under check (.NET's own
/// lookup tries the current directory first, so a committed <c>./git</c> would run instead of git); a name with a
/// directory part is taken as a path, relative to the working directory.</summary>
internal static class ExecutableLookup
{
    public static string Resolve(string fileName, string workingDirectory, string? path)
    {
        if (fileName.Contains('/', StringComparison.Ordinal) || fileName.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return Path.GetFullPath(fileName, workingDirectory);
        }

        return All(fileName, path ?? string.Empty).FirstOrDefault()
            ?? throw new FileNotFoundException($"'{fileName}' was not found on PATH (its absolute directories; the working directory is never searched)");
    }

    /// <summary>The first <paramref name="fileName"/> on the process's <c>PATH</c>, or null.</summary>
    public static string? Find(string fileName) => All(fileName).FirstOrDefault();

    /// <summary>Every executable <paramref name="fileName"/> on the absolute directories of <paramref name="path"/>
    /// (default: the process's <c>PATH</c>), in <c>PATH</c> order, each once.</summary>
    public static IEnumerable<string> All(string fileName, string? path = null)
    {
        var extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".COM;.EXE;.BAT;.CMD").Split(';', StringSplitOptions.RemoveEmptyEntries).Prepend(string.Empty)
            : [string.Empty];
        var directories = (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(Path.IsPathFullyQualified);
        return directories.SelectMany(d => extensions.Select(e => Path.Combine(d, fileName + e))).Where(IsExecutableFile).Distinct(StringComparer.Ordinal);
    }

    private static bool IsExecutableFile(string candidate) =>
        File.Exists(candidate)
        && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0);
}
