namespace Pipeline.Readiness;

/// <summary>No database to apply migrations to here (e.g. no PostgreSQL server given): every check that needs one
/// is an Error with <paramref name="reason"/>, while the checks that need none (history, drift, dangerous operations)
/// still run.</summary>
public sealed class UnavailableFreshDatabase(string name, string reason) : IFreshDatabase
{
    /// <inheritdoc />
    public string Name => name;

    /// <inheritdoc />
    public Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory) => throw new InvalidOperationException(reason);
}
