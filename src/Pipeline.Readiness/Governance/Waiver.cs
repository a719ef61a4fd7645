namespace Pipeline.Readiness;

/// <summary>An accepted risk: an item (or one finding, by fingerprint) that may fail until <see cref="Expires"/>.</summary>
internal sealed record Waiver(string? Item, string? Fingerprint, string Reason, string Owner, string Approver, DateOnly Expires, string File, int Line)
{
    /// <summary>What the waiver covers, for reports.</summary>
    public string Target => Item ?? $"finding {Fingerprint}";
}
