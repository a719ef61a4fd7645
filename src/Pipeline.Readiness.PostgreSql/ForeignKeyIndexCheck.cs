using Npgsql;

namespace Pipeline.Readiness.PostgreSql;

/// <summary>"Indexes created": every foreign key in the configured schemas has an index whose leading columns are the
/// key's columns (otherwise joins scan and deletes on the parent lock the child table). Findings name table and columns.</summary>
internal sealed class ForeignKeyIndexCheck(PostgreSqlOptions options) : ReadinessCheck<PostgreSqlOptions>(options)
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    private const string Query = """
        SELECT c.conrelid::regclass::text, c.conname,
               array_to_string(ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord), ','),
               EXISTS (SELECT 1 FROM pg_index i
                       WHERE i.indrelid = c.conrelid
                         AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] @> c.conkey
                         AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] <@ c.conkey)
        FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
        WHERE c.contype = 'f' AND n.nspname = ANY(@schemas)
        ORDER BY 1, 2
        """;

    /// <inheritdoc />
    public override string Name => "postgresql-foreign-key-indexes";

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var rows = await PostgreSqlQuery.RowsAsync(Options, Query, context.Cancellation, new NpgsqlParameter("schemas", Options.Schemas.ToArray())).ConfigureAwait(false);
        var missing = rows.Where(r => r[3] is not ("True" or "true")).ToList();
        return missing.Count == 0
            ? CheckResult.Passed(rows.Count, $"all {rows.Count} foreign keys in {string.Join(", ", Options.Schemas)} have a supporting index")
            : CheckResult.Failed(rows.Count, $"{missing.Count} foreign key{(missing.Count == 1 ? " has" : "s have")} no supporting index: {string.Join(", ", missing.Select(r => $"{r[0]}({r[2]})"))}",
                [.. missing.Select(r => Finding.Create("database.foreign-key-without-index", FindingSeverity.Error, null, null,
                    $"{r[0]}.{r[2]} (constraint {r[1]}) has no index: CREATE INDEX CONCURRENTLY ON {r[0]} ({r[2]})", $"{r[0]}|{r[2]}"))]);
    }
}
