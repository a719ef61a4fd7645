namespace Pipeline.Parameters;

/// <summary>A parameter value as a source gave it, before conversion. <see cref="Values"/> is empty for a bare
/// flag and null for a JSON null; <see cref="SplitLists"/> means one text may hold a comma-separated list.</summary>
internal sealed record RawValue(string Source, IReadOnlyList<string>? Values, bool SplitLists = false);
