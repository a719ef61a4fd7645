namespace Pipeline.Readiness.Checks;

/// <summary>How much a finding matters: errors fail the item, warnings and notes are reported.</summary>
public enum FindingSeverity
{
    /// <summary>Fails the item unless waived by fingerprint.</summary>
    Error,

    /// <summary>Reported, does not fail the item.</summary>
    Warning,

    /// <summary>Informational.</summary>
    Note,
}
