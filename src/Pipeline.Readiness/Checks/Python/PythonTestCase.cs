namespace Pipeline.Readiness.Checks.Python;

/// <summary>A test as pytest reports it (JUnit XML) or as the source declares it (<see cref="PythonTestInventory"/>):
/// project-relative file, line, class (or null), function name (with its <c>[parameters]</c> when run), markers,
/// and the outcome when it ran.</summary>
internal sealed record PythonTestCase(string File, int? Line, string? Class, string Name, IReadOnlyList<string> Markers)
{
    /// <summary>Passed, failed, error, skipped, or null when only counted in the source.</summary>
    public string? Outcome { get; init; }

    /// <summary>The failure's first line, when it failed.</summary>
    public string? Message { get; init; }

    /// <summary>How many cases the test stands for (a literal parametrize list), when counted in the source.</summary>
    public int Cases { get; init; } = 1;

    /// <summary>The function's name without pytest's <c>[parameters]</c>.</summary>
    public string Function => Name.Split('[')[0];

    /// <summary>pytest's node id: <c>file::Class::name</c>.</summary>
    public string NodeId => Class is null ? $"{File}::{Name}" : $"{File}::{Class}::{Name}";

    /// <summary>Whether one of <paramref name="keywords"/> is a marker of the test or part of its file, class or
    /// function name (case-insensitive), as <c>pytest -k</c> and <c>-m</c> select.</summary>
    public bool Matches(IEnumerable<string> keywords) => keywords.Any(k =>
        Markers.Any(m => m.Equals(k, StringComparison.OrdinalIgnoreCase)) || NodeId.Split('[')[0].Contains(k, StringComparison.OrdinalIgnoreCase));
}
