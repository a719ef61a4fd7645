namespace Pipeline;

/// <summary>How much the build prints (<c>--verbosity</c>).</summary>
public enum Verbosity
{
    /// <summary>Errors and the summary only.</summary>
    Quiet,

    /// <summary>Warnings, errors and the summary.</summary>
    Minimal,

    /// <summary>Everything but debug lines.</summary>
    Normal,

    /// <summary>Everything.</summary>
    Verbose,
}
