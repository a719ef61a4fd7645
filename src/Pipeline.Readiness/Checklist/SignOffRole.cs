namespace Pipeline.Readiness;

/// <summary>Who attests or signs off.</summary>
public enum SignOffRole
{
    /// <summary>The developer of the change.</summary>
    Developer,

    /// <summary>The tech lead.</summary>
    TechLead,

    /// <summary>The security reviewer.</summary>
    Security,

    /// <summary>The operations owner.</summary>
    Operations,
}
