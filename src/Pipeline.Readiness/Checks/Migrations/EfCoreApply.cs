namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>What applying every migration to a fresh database showed: the migration that failed (if any) and why,
/// whether the last one rolled back and re-applied, and the SQL scripts written.</summary>
internal sealed record EfCoreApply(string? FailedMigration, string? Failure, string? RollbackFailure, string? ScriptPath, string? Sql);
