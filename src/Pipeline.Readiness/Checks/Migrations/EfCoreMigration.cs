namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>One EF Core migration as <c>dotnet ef migrations list --json</c> reports it; <see cref="Applied"/> is
/// null when no database was asked.</summary>
internal sealed record EfCoreMigration(string Id, string Name, bool? Applied);
