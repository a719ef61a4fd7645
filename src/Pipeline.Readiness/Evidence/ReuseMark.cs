namespace Pipeline.Readiness;

/// <summary>Marks an outcome reused from the evidence cache: the commit and time it was made on, and the key of its
/// inputs.</summary>
/// <param name="Commit">The commit the outcome was made on.</param>
/// <param name="MadeAt">When it was made.</param>
/// <param name="Key">The digest of its inputs.</param>
internal sealed record ReuseMark(string Commit, DateTimeOffset MadeAt, string Key)
{
    /// <summary>What every report adds to the outcome's summary.</summary>
    public string Note => $"reused: inputs unchanged since {(Commit.Length > 12 ? Commit[..12] : Commit)}, {MadeAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
}
