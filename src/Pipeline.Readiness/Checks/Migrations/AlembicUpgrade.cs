namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>What <c>alembic upgrade head</c> on a fresh database showed: the revision that failed and why, and the
/// operations an autogenerate comparison found between the models and the upgraded schema (empty: no drift).</summary>
internal sealed record AlembicUpgrade(string? FailedRevision, string? Failure, IReadOnlyList<string> Drift)
{
    /// <summary>Whether the models were compared with the migrated schema (not when the upgrade failed or there are several heads).</summary>
    public bool Compared { get; init; } = FailedRevision is null;
}
