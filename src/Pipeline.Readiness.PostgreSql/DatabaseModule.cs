namespace Pipeline.Readiness.PostgreSql;

/// <summary>The <c>CheckDatabase</c> target's items: connectivity, point-in-time recovery and indexes, probed on the
/// live PostgreSQL.</summary>
internal sealed class DatabaseModule : ReadinessModule<ICheckDatabase>
{
    public override string Target => "CheckDatabase";

    public override IReadOnlyList<ChecklistItem> Items { get; } = [Readiness.Items.PreLaunch.DatabaseConnectivity, Readiness.Items.Database.PointInTimeRecovery, Readiness.Items.Database.Indexes];

    protected override void Register(ICheckDatabase component, ReadinessSetup setup)
    {
        var settings = component.PostgreSqlSettings;
        setup.AddPostgreSqlChecks(component.DatabaseConnection is { } connection ? settings with { ConnectionString = connection } : settings);
    }
}
