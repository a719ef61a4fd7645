using System.Runtime.CompilerServices;
using System.Text;

namespace Pipeline.Output;

/// <summary>Installed as <see cref="Console.Out"/> and <see cref="Console.Error"/> while a build runs: sends
/// what target code prints to that target's log, line by line, so it is masked and buffered like
/// <see cref="Log"/> output. Outside a target it goes to the build console.</summary>
internal sealed class ConsoleRouter(ILogSink fallback) : TextWriter
{
    private readonly ConditionalWeakTable<ILogSink, LineBuffer> _buffers = [];

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => Buffer().Append(value.ToString());

    public override void Write(string? value) => Buffer().Append(value ?? string.Empty);

    public override void WriteLine(string? value) => Buffer().Append((value ?? string.Empty) + "\n");

    public override void Flush() => Buffer().Flush();

    private LineBuffer Buffer()
    {
        var sink = Log.Sink ?? fallback;
        return _buffers.GetValue(sink, s => new LineBuffer(line => s.Write(LogLevel.Information, line)));
    }
}
