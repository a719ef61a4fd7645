namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>What the migration checks' outcomes depend on: the stack's code inputs (every tracked file, its tools) and
/// the fresh database they apply the migrations to (<see cref="IKeyedFreshDatabase"/>; SQLite is in-process). A
/// fresh database that does not say what it depends on makes them run every time.</summary>
internal static class MigrationReuse
{
    /// <summary><paramref name="code"/> keyed by <paramref name="database"/>, or null when that cannot be.</summary>
    public static EvidenceReuse? For(EvidenceReuse code, IFreshDatabase database) => database switch
    {
        SqliteFreshDatabase => code,
        IKeyedFreshDatabase keyed => keyed.Keyed(code),
        _ => null,
    };
}
