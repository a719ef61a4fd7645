namespace Pipeline.Output;

/// <summary>ANSI colour escapes used when colour output is allowed (terminal or CI log, and no NO_COLOR).</summary>
internal static class AnsiColor
{
    public const string Reset = "\u001b[0m";
    public const string Gray = "\u001b[90m";
    public const string Red = "\u001b[31m";
    public const string Green = "\u001b[32m";
    public const string Yellow = "\u001b[33m";
    public const string Cyan = "\u001b[36m";
}
