namespace Pipeline.Readiness;

/// <summary>What decides an item: the checks registered for it, an attestation, or a sign-off on the commit.</summary>
public abstract record ItemBinding
{
    /// <summary>Decided by the automated checks registered for the item (none registered is an Error).</summary>
    public static ItemBinding Check { get; } = new CheckBinding();

    /// <summary>Decided by a recorded attestation by <paramref name="role"/>, valid for <paramref name="validityDays"/> days.</summary>
    public static ItemBinding Attestation(SignOffRole role, int validityDays) => new AttestationBinding(role, validityDays);

    /// <summary>Decided by a sign-off by <paramref name="role"/> bound to the current commit.</summary>
    public static ItemBinding SignOff(SignOffRole role) => new SignOffBinding(role);

    /// <summary>Post-launch follow-up: reported, never decided before release.</summary>
    public static ItemBinding AfterLaunch { get; } = new AfterLaunchBinding();
}

/// <summary>Decided by automated checks.</summary>
internal sealed record CheckBinding : ItemBinding;

/// <summary>Decided by an attestation by a role, valid for a number of days from its date unless it says otherwise.</summary>
internal sealed record AttestationBinding(SignOffRole Role, int ValidityDays) : ItemBinding;

/// <summary>Decided by a sign-off bound to the commit.</summary>
internal sealed record SignOffBinding(SignOffRole Role) : ItemBinding;

/// <summary>A post-launch item.</summary>
internal sealed record AfterLaunchBinding : ItemBinding;
