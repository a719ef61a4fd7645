namespace Pipeline.Output;

/// <summary>Everything one target logged, masked. Streams to the console as it happens, or keeps it for
/// printing in one piece when targets run in parallel.</summary>
internal sealed class TargetLog(string targetName, BuildConsole console, bool streaming) : ILogSink
{
    private readonly Lock _gate = new();
    private readonly List<LogEntry> _entries = [];

    public string TargetName => targetName;

    public IReadOnlyList<LogEntry> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IEnumerable<LogEntry> Problems => Entries.Where(e => e.Level >= LogLevel.Warning);

    public void Write(LogLevel level, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            var entry = new LogEntry(level, console.Masker.Apply(line.TrimEnd('\r')));
            lock (_gate)
            {
                _entries.Add(entry);
            }

            if (streaming)
            {
                console.Write(entry.Level, entry.Text);
            }
        }
    }

    /// <summary>Prints what was kept (used for parallel runs).</summary>
    public void Replay()
    {
        foreach (var entry in Entries)
        {
            console.Write(entry.Level, entry.Text);
        }
    }
}
