namespace Pipeline.Readiness;

/// <summary>A role's sign-off, bound to the commit it was given for.</summary>
public sealed record SignOff(SignOffRole Role, string Name, DateOnly Date, string Commit);
