namespace Pipeline.Readiness;

/// <summary>One SQL statement a migration produces.</summary>
public sealed record MigrationStatement(string Migration, string Sql);
