namespace Pipeline.Processes;

/// <summary>Shows a program and its arguments as one readable line (for messages only, never executed).</summary>
internal static class CommandLineText
{
    public static string Format(string fileName, IEnumerable<string> arguments) =>
        string.Join(' ', arguments.Prepend(fileName).Select(Quote));

    private static string Quote(string argument) =>
        argument.Length > 0 && !argument.Any(c => char.IsWhiteSpace(c) || c is '"' or '\'')
            ? argument
            : "\"" + argument.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
