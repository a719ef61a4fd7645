namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Where the dangerous-migration rules get their SQL: the statements each migration produces, and the
/// migration's source file for findings.</summary>
internal interface IMigrationSource
{
    /// <summary>The stack whose migrations these are, for the evidence.</summary>
    string Stack { get; }

    /// <summary>What the migrations' outcomes depend on (see <see cref="MigrationReuse"/>); null: never reused.</summary>
    EvidenceReuse? Reuse { get; }

    /// <summary>Whether the SQL is for PostgreSQL (the index rule applies only there).</summary>
    bool PostgreSql { get; }

    /// <summary>The statements of every migration, in order.</summary>
    Task<IReadOnlyList<MigrationStatement>> StatementsAsync(CheckContext context);

    /// <summary>The migration's source file relative to the root, when it can be found.</summary>
    string? FileOf(CheckContext context, string migration);
}
