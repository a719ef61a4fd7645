using System.Text;

namespace Pipeline.Output;

/// <summary>Collects text written in pieces and hands over whole lines, so masking always sees a full line.</summary>
internal sealed class LineBuffer(Action<string> emit)
{
    private readonly StringBuilder _pending = new();

    public void Append(string text)
    {
        lock (_pending)
        {
            foreach (var c in text)
            {
                if (c == '\n')
                {
                    emit(_pending.ToString().TrimEnd('\r'));
                    _pending.Clear();
                }
                else
                {
                    _pending.Append(c);
                }
            }
        }
    }

    public void Flush()
    {
        lock (_pending)
        {
            if (_pending.Length > 0)
            {
                emit(_pending.ToString());
                _pending.Clear();
            }
        }
    }
}
