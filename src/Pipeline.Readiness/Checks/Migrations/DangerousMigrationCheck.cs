using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Lints the SQL every migration produces with <see cref="DangerousMigrationRules"/>. A finding names the
/// migration, the rule and the statement; waive one by its fingerprint. An SQLite table rebuild (EF Core's
/// <c>ef_temp_</c> copy) is one finding, not a drop and a rename. A table the same migration creates holds no rows
/// and no running code uses it yet, so altering or indexing it there is not dangerous.</summary>
internal sealed partial class DangerousMigrationCheck(IMigrationSource source) : ReadinessCheck
{
    /// <inheritdoc />
    public override IReadOnlyCollection<string>? Resources => [];

    /// <inheritdoc />
    internal override EvidenceReuse? Reuse => source.Reuse;

    /// <inheritdoc />
    public override string Name => "dangerous-migrations";

    /// <inheritdoc />
    internal override string Stack => source.Stack;

    /// <inheritdoc />
    public override async Task<CheckResult> RunAsync(CheckContext context)
    {
        var statements = await source.StatementsAsync(context).ConfigureAwait(false);
        var rebuilt = statements.Select(s => RebuildRename().Match(s.Sql)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        var created = statements.Select(s => (s.Migration, Table: CreateTable().Match(s.Sql))).Where(c => c.Table.Success)
            .Select(c => (c.Migration, c.Table.Groups[1].Value)).ToHashSet();
        var findings = new List<Finding>();
        foreach (var statement in statements.Where(s => !(TouchedTable().Match(s.Sql) is { Success: true } touched && created.Contains((s.Migration, touched.Groups[1].Value)))))
        {
            var matches = RebuildRename().Match(statement.Sql) is { Success: true } rebuild
                ? [("migration.table-rebuild", $"rebuilds table {rebuild.Groups[1].Value} by copying every row (SQLite cannot alter the column in place)")]
                : IsRebuildDrop(statement.Sql, rebuilt) || statement.Sql.Contains("ef_temp_", StringComparison.Ordinal) ? [] : DangerousMigrationRules.Match(statement.Sql, source.PostgreSql);
            findings.AddRange(matches.Select(m => Finding.Create(m.Rule, FindingSeverity.Error, source.FileOf(context, statement.Migration), null,
                $"{statement.Migration}: {m.Why}: {Shorten(statement.Sql)}", $"{statement.Migration}|{statement.Sql}")));
        }

        var migrations = statements.Select(s => s.Migration).Distinct().Count();
        return findings.Count == 0
            ? CheckResult.Passed(statements.Count, $"{statements.Count} statements of {migrations} migrations, none drops, renames, rewrites or locks")
            : CheckResult.Failed(statements.Count, $"{findings.Count} dangerous operation{(findings.Count == 1 ? string.Empty : "s")} in {findings.Select(f => f.Message.Split(':')[0]).Distinct().Count()} migration(s): {string.Join(", ", findings.Select(f => f.Rule).Distinct())}", [.. findings]);
    }

    private static bool IsRebuildDrop(string sql, HashSet<string> rebuilt) =>
        DropTable().Match(sql) is { Success: true } drop && rebuilt.Contains(drop.Groups[1].Value);

    private static string Shorten(string sql) => sql.Length <= 160 ? sql : sql[..157] + "...";

    [GeneratedRegex(@"^ALTER TABLE ""ef_temp_(\w+)"" RENAME TO ""\1""")]
    private static partial Regex RebuildRename();

    [GeneratedRegex(@"^CREATE TABLE (?:IF NOT EXISTS )?(?:""?\w+""?\.)?""?(\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex CreateTable();

    [GeneratedRegex(@"^(?:ALTER TABLE|CREATE (?:UNIQUE )?INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?""?\w+""? ON) (?:ONLY )?(?:""?\w+""?\.)?""?(\w+)""?", RegexOptions.IgnoreCase)]
    private static partial Regex TouchedTable();

    [GeneratedRegex(@"^DROP TABLE ""(\w+)""")]
    private static partial Regex DropTable();
}
