namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Makes an empty database for a migration check to apply every migration to, and drops it afterwards.</summary>
public interface IFreshDatabase
{
    /// <summary>A short name for evidence (e.g. <c>SQLite</c>, <c>PostgreSQL 127.0.0.1:5432</c>).</summary>
    string Name { get; }

    /// <summary>Creates the database. Throws when it cannot (the check is then an Error).</summary>
    Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory);
}

/// <summary>An empty database: its ADO.NET connection string (EF Core) and its SQLAlchemy URL (Alembic).</summary>
public sealed class FreshDatabase(string connectionString, string sqlAlchemyUrl, Func<Task> drop) : IAsyncDisposable
{
    /// <summary>The connection string, e.g. <c>Data Source=/tmp/fresh.db</c>.</summary>
    public string ConnectionString => connectionString;

    /// <summary>The SQLAlchemy URL, e.g. <c>sqlite:////tmp/fresh.db</c>.</summary>
    public string SqlAlchemyUrl => sqlAlchemyUrl;

    /// <inheritdoc />
    public async ValueTask DisposeAsync() => await drop().ConfigureAwait(false);
}
