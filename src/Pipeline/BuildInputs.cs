namespace Pipeline;

/// <summary>Everything a build session takes from the outside world, so a whole run can be tested in-process.</summary>
internal sealed record BuildInputs(
    IReadOnlyList<string> Arguments,
    IReadOnlyDictionary<string, string> Environment,
    string CurrentDirectory,
    TextWriter Output,
    TimeProvider Time,
    bool IsTerminal,
    CancellationToken Cancellation);
