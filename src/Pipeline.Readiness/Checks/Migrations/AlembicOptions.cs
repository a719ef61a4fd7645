namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Options of the Alembic migration checks (the seed's stack): where <c>alembic.ini</c> is, the executable,
/// where to apply every revision fresh, and the target database to compare with.</summary>
public sealed record AlembicOptions : ICheckOptions
{
    /// <summary>The folder holding <c>alembic.ini</c>, relative to the root.</summary>
    public string Directory { get; init; } = ".";

    /// <summary>The alembic executable (Debian: <c>/usr/bin/alembic</c> from the <c>alembic</c> package).</summary>
    public string Executable { get; init; } = "alembic";

    /// <summary>Where every revision is applied from scratch (default: a new SQLite file).</summary>
    public IFreshDatabase FreshDatabase { get; init; } = new SqliteFreshDatabase();

    /// <summary>The deployed database's SQLAlchemy URL (a secret). Null: "No pending migrations" is an Error.</summary>
    public string? TargetUrl { get; init; }

    /// <summary>The environment variable the project's <c>env.py</c> reads the URL from (set as well as <c>sqlalchemy.url</c>).</summary>
    public string UrlVariable { get; init; } = "DATABASE_URL";

    /// <summary>Whether migrations are linted as PostgreSQL SQL (adds the CONCURRENTLY rule).</summary>
    public bool PostgreSql { get; init; }

    /// <inheritdoc />
    public IEnumerable<string> Validate()
    {
        if (string.IsNullOrWhiteSpace(Executable))
        {
            yield return "Executable: must not be empty";
        }

        if (string.IsNullOrWhiteSpace(UrlVariable))
        {
            yield return "UrlVariable: must not be empty";
        }
    }
}
