namespace Pipeline.Readiness;

/// <summary>Something wrong with a governance file or entry (malformed YAML, a bad field, an expired waiver): it
/// names the file, the line and the field, and it blocks the release.</summary>
internal sealed record GovernanceProblem(string File, int Line, string? Field, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}({Line}): " + (Field is null ? Message : $"field '{Field}': {Message}");
}
