namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>What the project says about its migrations without a database: the list, and whether the model has
/// changes no migration holds.</summary>
internal sealed record EfCoreModel(IReadOnlyList<EfCoreMigration> Migrations, bool HasPendingModelChanges, string PendingModelChangesText);
