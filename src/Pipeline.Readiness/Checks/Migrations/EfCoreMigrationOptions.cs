namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Options of the EF Core migration checks: which project holds the migrations, where to apply them fresh,
/// and the target database to compare with.</summary>
public sealed record EfCoreMigrationOptions : ICheckOptions
{
    /// <summary>The project holding the DbContext and its migrations, relative to the root.</summary>
    public string Project { get; init; } = string.Empty;

    /// <summary>The startup project, when it differs from <see cref="Project"/>.</summary>
    public string? StartupProject { get; init; }

    /// <summary>The DbContext, when the project has several.</summary>
    public string? Context { get; init; }

    /// <summary>Where every migration is applied from scratch (default: a new SQLite file).</summary>
    public IFreshDatabase FreshDatabase { get; init; } = new SqliteFreshDatabase();

    /// <summary>The deployed database's connection string (a secret); opened read-only. Null: "No pending
    /// migrations" cannot be decided and is an Error.</summary>
    public string? TargetConnection { get; init; }

    /// <summary>The dotnet-ef version, unless the root's tool manifest pins one.</summary>
    public string ToolVersion { get; init; } = "10.0.15";

    /// <summary>Whether the dangerous-operation rules for PostgreSQL (index creation without CONCURRENTLY) apply.</summary>
    public bool PostgreSql { get; init; }

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Project))
        {
            yield return "Project: name the project that holds the migrations (relative to the root)";
        }
    }
}
