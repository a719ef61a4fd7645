using System.Text;
using Pipeline.Output;

namespace Pipeline.Processes;

/// <summary>One output stream of a child process: masked lines kept in order and, when a level is given,
/// written to the current target's log as they arrive.</summary>
internal sealed class CapturedStream(SecretMasker masker, LogLevel? logLevel)
{
    private readonly List<string> _lines = [];
    private readonly ILogSink? _sink = Log.Sink; // captured here: output events arrive on other threads

    public string Text
    {
        get
        {
            lock (_lines)
            {
                return _lines.Aggregate(new StringBuilder(), (b, l) => b.Append(l).Append('\n')).ToString();
            }
        }
    }

    public void Add(string? line)
    {
        if (line is null)
        {
            return;
        }

        var masked = masker.Apply(line);
        lock (_lines)
        {
            _lines.Add(masked);
        }

        if (logLevel is { } level)
        {
            if (_sink is null)
            {
                Log.Write(level, masked);
            }
            else
            {
                _sink.Write(level, masked);
            }
        }
    }

    public IReadOnlyList<string> Tail(int count)
    {
        lock (_lines)
        {
            return [.. _lines.Where(l => l.Trim().Length > 0).TakeLast(count)];
        }
    }
}
