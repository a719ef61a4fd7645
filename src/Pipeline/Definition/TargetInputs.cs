namespace Pipeline.Definition;

/// <summary>What a target declared with <see cref="ITargetDefinition.SkipWhenUnchanged"/>: the paths it reads and
/// the paths it writes, relative to the root with <c>/</c>.</summary>
internal sealed record TargetInputs(IReadOnlyList<string> Inputs, IReadOnlyList<string> Outputs)
{
    /// <exception cref="ArgumentException">A list is empty, or a path is absolute or leaves the root.</exception>
    public static TargetInputs Create(string target, string[] inputs, string[] outputs) =>
        new(Checked(target, inputs, nameof(inputs)), Checked(target, outputs, nameof(outputs)));

    private static List<string> Checked(string target, string[] paths, string what)
    {
        if (paths is null || paths.Length == 0)
        {
            throw new ArgumentException($"target '{target}': SkipWhenUnchanged needs at least one path in {what}", what);
        }

        var list = new List<string>();
        foreach (var path in paths)
        {
            var normal = (path ?? string.Empty).Replace('\\', '/').TrimEnd('/');
            if (normal.Length == 0 || Path.IsPathRooted(normal) || normal.Split('/').Contains(".."))
            {
                throw new ArgumentException($"target '{target}': SkipWhenUnchanged's {what} path '{path}' must be relative to the root, without '..'", what);
            }

            list.Add(normal);
        }

        return list;
    }
}
