using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>One kind of credential: the keywords that must appear (case-insensitive) before its pattern is tried,
/// the pattern (its <c>secret</c> group is the credential), and the gates that reject look-alikes.</summary>
internal sealed record SecretRule(string Id, string Description, IReadOnlyList<string> Keywords, Regex Pattern)
{
    /// <summary>Minimum Shannon entropy (bits per character) of the secret; null: none.</summary>
    public double? MinimumEntropy { get; init; }

    /// <summary>Whether placeholders (<c>changeme</c>, <c>${VAR}</c>, <c>&lt;…&gt;</c>, <c>xxx</c>…) are rejected.</summary>
    public bool RejectPlaceholders { get; init; }

    /// <summary>Whether identifier-like values (only lower-case letters and <c>-_.</c>, such as <c>database-url</c>)
    /// are rejected: they name a secret rather than hold one.</summary>
    public bool RejectIdentifiers { get; init; }

    /// <summary>Whether the rule also runs on binary files: rules for fixed-prefix formats (cloud keys, tokens,
    /// private key headers) are precise enough to run on bytes.</summary>
    public bool ScansBinary { get; init; }

    /// <summary>The kinds of file the rule runs on (default: all); an unquoted assignment is only a value outside code.</summary>
    public SecretFileKind FileKinds { get; init; } = SecretFileKind.All;

    /// <summary>Whether a match is a look-alike by the rule's own knowledge (e.g. a URL whose password is its user name);
    /// null: none.</summary>
    public Func<Match, bool>? LookAlike { get; init; }

    /// <summary>A pattern the matched line must also contain (e.g. the host of a connection string); null: none.</summary>
    public Regex? LineContext { get; init; }
}
