namespace Pipeline.Readiness;

/// <summary>What counts as a change of the working tree, in one place for the gate and the MSBuild task: the
/// <c>git status</c> arguments (modified, staged, deleted and untracked files that are not ignored, leaving out what the
/// build itself writes: the report folder, <c>.nuke/temp</c> and <c>.nuke/build.schema.json</c>) and the changed paths
/// read from its <c>-z</c> output.</summary>
internal static class GitStatusChanges
{
    public static string[] Arguments(string reportDirectory) =>
        ["status", "--porcelain", "-z", "--untracked-files=all", "--", ".", $":(exclude){reportDirectory.Replace('\\', '/').TrimEnd('/')}", ":(exclude).nuke/temp", ":(exclude).nuke/build.schema.json"];

    /// <summary>The changed paths; the old path of a rename (an entry without a status) is left out.</summary>
    public static List<string> Paths(string porcelain) =>
        [.. porcelain.Split('\0', StringSplitOptions.RemoveEmptyEntries).Where(entry => entry.Length > 3 && entry[2] == ' ').Select(entry => entry[3..])];
}
