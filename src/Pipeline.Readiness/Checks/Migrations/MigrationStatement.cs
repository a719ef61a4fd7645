namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>One SQL statement a migration produces.</summary>
internal sealed record MigrationStatement(string Migration, string Sql);
