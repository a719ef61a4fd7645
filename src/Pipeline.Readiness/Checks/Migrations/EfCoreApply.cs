namespace Pipeline.Readiness;

/// <summary>What applying every migration to a fresh database showed: the migration that failed (if any) and why,
/// whether the last one rolled back and re-applied, and the SQL scripts written.</summary>
public sealed record EfCoreApply(string? FailedMigration, string? Failure, string? RollbackFailure, string? ScriptPath, string? Sql);
