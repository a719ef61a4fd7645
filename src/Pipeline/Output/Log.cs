using Pipeline.Output;

namespace Pipeline;

/// <summary>Logging for target code. Lines go to the running target's log (buffered under <c>--parallel</c>),
/// are masked for secrets, and warnings and errors are repeated in the end-of-run recap.</summary>
public static class Log
{
    private static readonly AsyncLocal<ILogSink?> Current = new();

    /// <summary>Writes a debug line (shown with <c>--verbosity verbose</c>).</summary>
    public static void Debug(string message) => Write(LogLevel.Debug, message);

    /// <summary>Writes an information line.</summary>
    public static void Information(string message) => Write(LogLevel.Information, message);

    /// <summary>Writes a warning line.</summary>
    public static void Warning(string message) => Write(LogLevel.Warning, message);

    /// <summary>Writes an error line.</summary>
    public static void Error(string message) => Write(LogLevel.Error, message);

    /// <summary>Writes a line at the given level.</summary>
    public static void Write(LogLevel level, string message)
    {
        if (Current.Value is { } sink)
        {
            sink.Write(level, message);
        }
        else if (level > LogLevel.Debug)
        {
            (level >= LogLevel.Warning ? Console.Error : Console.Out).WriteLine(message); // outside a build: no debug lines
        }
    }

    internal static ILogSink? Sink => Current.Value;

    internal static IDisposable Use(ILogSink sink)
    {
        var previous = Current.Value;
        Current.Value = sink;
        return new Restore(() => Current.Value = previous);
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
