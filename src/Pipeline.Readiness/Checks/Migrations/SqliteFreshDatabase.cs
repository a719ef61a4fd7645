namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>A new SQLite file in the check's work folder (the default fresh database: no server needed).</summary>
internal sealed class SqliteFreshDatabase : IFreshDatabase
{
    /// <inheritdoc />
    public string Name => "SQLite";

    /// <inheritdoc />
    public Task<FreshDatabase> CreateAsync(CheckContext context, string workDirectory)
    {
        Directory.CreateDirectory(workDirectory);
        var file = Path.Combine(workDirectory, $"fresh-{Guid.NewGuid():N}.db");
        return Task.FromResult(new FreshDatabase($"Data Source={file}", $"sqlite:///{file}", () =>
        {
            File.Delete(file);
            return Task.CompletedTask;
        }));
    }
}
