namespace Pipeline.Readiness;

/// <summary>A role's sign-off, bound to the full id of the commit it was given for, and where it is recorded.</summary>
/// <param name="Role">Who signs off.</param>
/// <param name="Name">The person's name.</param>
/// <param name="Date">When.</param>
/// <param name="Commit">The full commit id (40 or 64 hex digits).</param>
/// <param name="File">The file it is recorded in.</param>
/// <param name="Line">The line of its <c>commit</c> field (0: not read from a file).</param>
internal sealed record SignOff(SignOffRole Role, string Name, DateOnly Date, string Commit, string File = GovernancePaths.SignOffs, int Line = 0)
{
    /// <summary>True for a full commit id: 40 (SHA-1) or 64 (SHA-256) hex digits. Refs (<c>HEAD</c>, <c>main</c>,
    /// <c>@</c>) and abbreviations would count for later commits, or for none.</summary>
    /// <param name="commit">The recorded value.</param>
    public static bool IsFullCommitId(string commit) => commit.Length is 40 or 64 && commit.All(char.IsAsciiHexDigit);
}
