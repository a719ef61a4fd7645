namespace Pipeline.Planning;

/// <summary>Target name matching: case-, hyphen- and underscore-insensitive (<c>run-tests</c> finds <c>RunTests</c>).</summary>
internal static class TargetNames
{
    public static string Normalize(string name) =>
        new(name.Where(c => c is not ('-' or '_')).Select(char.ToLowerInvariant).ToArray());
}
