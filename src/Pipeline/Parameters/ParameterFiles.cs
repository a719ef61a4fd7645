namespace Pipeline.Parameters;

/// <summary>Reads <c>.nuke/parameters.json</c> (optional) and then each <c>.nuke/parameters.&lt;profile&gt;.json</c>
/// named by <c>--profile</c> (required), so later entries override earlier ones.</summary>
internal static class ParameterFiles
{
    public static IReadOnlyList<ParameterFileEntry> Read(string root, IReadOnlyList<string> profiles)
    {
        var entries = new List<ParameterFileEntry>();
        var defaults = Path.Combine(root, ".nuke", "parameters.json");
        if (File.Exists(defaults))
        {
            entries.AddRange(ParameterFile.Read(defaults, ".nuke/parameters.json"));
        }

        foreach (var profile in profiles)
        {
            var display = $".nuke/parameters.{profile}.json";
            var path = Path.Combine(root, ".nuke", $"parameters.{profile}.json");
            entries.AddRange(File.Exists(path)
                ? ParameterFile.Read(path, display)
                : throw new InvalidUsageException($"Profile '{profile}' not found: {display} does not exist."));
        }

        return entries;
    }
}
