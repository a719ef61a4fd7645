namespace Pipeline.Output;

/// <summary>One line a target logged.</summary>
internal sealed record LogEntry(LogLevel Level, string Text);
