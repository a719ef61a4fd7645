namespace Pipeline.Parameters;

/// <summary>Parameter name matching: letters and digits only, case-insensitive (<c>API_KEY</c> = <c>ApiKey</c>).</summary>
internal static class ParameterNames
{
    public const string EnvironmentPrefix = "PIPELINE_";

    /// <summary>NUKE's prefix, read too so that a NUKE user's <c>NUKE_CONFIGURATION=Release</c> works.</summary>
    public const string NukePrefix = "NUKE_";

    public static string Normalize(string name)
    {
        Span<char> letters = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(letters[..length]);
    }
}
