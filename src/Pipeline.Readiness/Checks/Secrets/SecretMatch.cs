namespace Pipeline.Readiness.Checks.Secrets;

/// <summary>A credential found at a place. The raw value stays in memory only: <see cref="Preview"/> (first 4
/// characters, then ***) is all that is ever shown, and the fingerprint hashes it.</summary>
internal sealed record SecretMatch(SecretRule Rule, string File, int Line, int Column, string Secret)
{
    /// <summary>The first 4 characters, then ***.</summary>
    public string Preview => Secret.Length <= 4 ? "***" : Secret[..4] + "***";

    /// <summary>Rule plus keyed hash of the secret (<see cref="SecretFingerprints"/>): moving the line keeps it,
    /// swapping in a new secret changes it, and it cannot be reversed by guessing. Set by the scanner; <c>with</c>
    /// copies keep it, as they keep the rule and the secret.</summary>
    public string Fingerprint { get; init; } = SecretFingerprints.Ephemeral.Of(Rule.Id, Secret);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column} {Rule.Id} {Preview}";

    /// <summary>As a finding: no raw value, only the preview.</summary>
    public Finding ToFinding(FindingSeverity severity = FindingSeverity.Error) =>
        new(Rule.Id, severity, File, Line, $"{Rule.Description} at column {Column}: {Preview}", Fingerprint);
}
