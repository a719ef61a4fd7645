namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>A fresh database whose setup is known well enough for the migration checks' outcomes to be reused: what it
/// adds to their inputs (the server's installed binaries, or that it is a server outside the repository). A fresh
/// database that does not say is never reused.</summary>
internal interface IKeyedFreshDatabase
{
    /// <summary><paramref name="reuse"/> with what this database adds to the inputs.</summary>
    EvidenceReuse Keyed(EvidenceReuse reuse);
}
