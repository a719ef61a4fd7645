namespace Pipeline;

/// <summary>Replaces registered secret values with <c>***</c>. Thread-safe; longest values are masked first
/// so a secret that contains another is never half-revealed.</summary>
public sealed class SecretMasker
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";
    private readonly Lock _gate = new();
    private string[] _values = [];

    /// <summary>Registers a value (and each line of a multi-line value) to be masked.</summary>
    public void Add(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var parts = value.Split('\n').Select(p => p.TrimEnd('\r')).Where(p => p.Length >= 4).Prepend(value);
        lock (_gate)
        {
            _values = [.. _values.Union(parts).OrderByDescending(v => v.Length)];
        }
    }

    /// <summary>Returns <paramref name="text"/> with every registered value replaced by <see cref="Mask"/>.</summary>
    public string Apply(string text)
    {
        var values = _values;
        foreach (var value in values)
        {
            if (text.Contains(value, StringComparison.Ordinal))
            {
                text = text.Replace(value, Mask, StringComparison.Ordinal);
            }
        }

        return text;
    }
}
