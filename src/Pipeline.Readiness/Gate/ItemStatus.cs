namespace Pipeline.Readiness;

/// <summary>An item's final status. Release is refused on Failed, Error and Pending.</summary>
internal enum ItemStatus
{
    /// <summary>Decided and holds.</summary>
    Passed,

    /// <summary>Decided and does not hold.</summary>
    Failed,

    /// <summary>Could not be decided.</summary>
    Error,

    /// <summary>Waits for a person: attestation or sign-off missing or expired.</summary>
    Pending,

    /// <summary>Fails, but an unexpired waiver (owner, approver, reason) accepts it.</summary>
    Waived,

    /// <summary>Does not apply, for the stated reason.</summary>
    NotApplicable,
}
