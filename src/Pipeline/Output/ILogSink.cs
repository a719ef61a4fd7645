namespace Pipeline.Output;

/// <summary>Where <see cref="Log"/> and redirected console output of the current target go.</summary>
internal interface ILogSink
{
    void Write(LogLevel level, string text);
}
