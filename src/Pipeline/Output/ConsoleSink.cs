namespace Pipeline.Output;

/// <summary>Sends log lines straight to the build console (outside any target).</summary>
internal sealed class ConsoleSink(BuildConsole console) : ILogSink
{
    public void Write(LogLevel level, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            console.Write(level, line.TrimEnd('\r'));
        }
    }
}
