namespace Pipeline.Parameters;

/// <summary>One key of a <c>.nuke/parameters*.json</c> file: its name, its line and its raw value. (A class, not a
/// tuple: a generic over a struct holding references is JIT-compiled at every start.)</summary>
internal sealed record ParameterFileEntry(string Key, int Line, RawValue Value);
