namespace Pipeline.Planning;

/// <summary>Target name matching: case-, hyphen- and underscore-insensitive (<c>run-tests</c> finds <c>RunTests</c>).</summary>
internal static class TargetNames
{
    public static string Normalize(string name)
    {
        Span<char> letters = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (c is not ('-' or '_'))
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(letters[..length]);
    }
}
