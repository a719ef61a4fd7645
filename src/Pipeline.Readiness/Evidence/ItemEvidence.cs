namespace Pipeline.Readiness;

/// <summary>Everything recorded about one item: the status and why, what decided it, on which commit, which checks
/// ran with which inputs and tools, what they found, and the waiver, attestation or sign-off that counted.</summary>
internal sealed record ItemEvidence(ChecklistItem Item, ItemStatus Status, string Reason, string DecidedBy, string Commit)
{
    /// <summary>The checks that ran for the item.</summary>
    public IReadOnlyList<CheckOutcome> Checks { get; init; } = [];

    /// <summary>Fingerprints of findings accepted by a waiver.</summary>
    public IReadOnlySet<string> WaivedFindings { get; init; } = new HashSet<string>();

    /// <summary>The item waiver that turned a failure into Waived.</summary>
    public Waiver? Waiver { get; init; }

    /// <summary>The attestation that decided the item.</summary>
    public Attestation? Attestation { get; init; }

    /// <summary>The sign-off that decided the item.</summary>
    public SignOff? SignOff { get; init; }

    /// <summary>All findings of all checks, in order.</summary>
    public IEnumerable<Finding> Findings => Checks.SelectMany(c => c.Result.Findings);

    /// <summary>A digest of the checks' inputs, the item and the commit: equal digests mean the same question.</summary>
    public string InputsDigest => Finding.FingerprintOf([Item.Id, Commit, .. Checks.SelectMany(c =>
        c.Result.Inputs.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => $"{c.CheckName}:{i.Key}={i.Value}"))]);
}
