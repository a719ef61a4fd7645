namespace Pipeline.Output;

/// <summary>The one writer everything the engine prints goes through: masks secrets, filters by verbosity,
/// colours when allowed, and never interleaves lines from different threads.</summary>
internal sealed class BuildConsole(TextWriter writer, SecretMasker masker, Verbosity verbosity, bool color)
{
    private readonly object _gate = new();

    public SecretMasker Masker => masker;

    public Verbosity Verbosity => verbosity;

    public bool Shows(LogLevel level) => level switch
    {
        LogLevel.Debug => verbosity >= Verbosity.Verbose,
        LogLevel.Information => verbosity >= Verbosity.Normal,
        LogLevel.Warning => verbosity >= Verbosity.Minimal,
        _ => true,
    };

    public void Write(LogLevel level, string line)
    {
        if (Shows(level))
        {
            var (prefix, code) = level switch
            {
                LogLevel.Debug => ("[DBG] ", AnsiColor.Gray),
                LogLevel.Warning => ("[WRN] ", AnsiColor.Yellow),
                LogLevel.Error => ("[ERR] ", AnsiColor.Red),
                _ => (string.Empty, null),
            };
            WriteLine(prefix + line, code);
        }
    }

    public void WriteLine(string line = "", string? ansiColor = null)
    {
        var masked = masker.Apply(line);
        lock (_gate)
        {
            writer.WriteLine(color && ansiColor is not null ? ansiColor + masked + AnsiColor.Reset : masked);
            writer.Flush();
        }
    }

    /// <summary>Runs <paramref name="print"/> while holding the console, so a block of lines stays together.</summary>
    public void Atomically(Action print)
    {
        lock (_gate)
        {
            print();
        }
    }
}
