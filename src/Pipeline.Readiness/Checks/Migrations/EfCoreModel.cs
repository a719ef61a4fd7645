namespace Pipeline.Readiness;

/// <summary>What the project says about its migrations without a database: the list, and whether the model has
/// changes no migration holds.</summary>
public sealed record EfCoreModel(IReadOnlyList<EfCoreMigration> Migrations, bool HasPendingModelChanges, string PendingModelChangesText);
