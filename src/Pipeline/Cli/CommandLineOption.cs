namespace Pipeline.Cli;

/// <summary>An option that is not the engine's own (so a parameter), with the values that followed it.</summary>
internal sealed record CommandLineOption(string Name, IReadOnlyList<string> Values);
