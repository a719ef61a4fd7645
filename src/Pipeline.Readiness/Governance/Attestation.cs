namespace Pipeline.Readiness;

/// <summary>A person's recorded statement that a human item holds (a drill ran, a policy exists), with a link to
/// the evidence and the date it stops counting.</summary>
internal sealed record Attestation(string Item, string By, SignOffRole Role, DateOnly Date, string Evidence, DateOnly? Expires, string File, int Line);
