using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Operations that lock a table or lose data when a migration runs against a live database: dropping a table
/// or column, adding a NOT NULL column without a default, changing a column's type, renaming, and (PostgreSQL)
/// creating an index without CONCURRENTLY. Each rule has an id findings carry, so one can be waived.</summary>
internal static partial class DangerousMigrationRules
{
    /// <summary>The rules that match <paramref name="sql"/> (one statement, whitespace collapsed).</summary>
    public static IEnumerable<(string Rule, string Why)> Match(string sql, bool postgreSql)
    {
        if (DropTable().IsMatch(sql))
        {
            yield return ("migration.drop-table", "drops a table and its data");
        }

        if (DropColumn().IsMatch(sql))
        {
            yield return ("migration.drop-column", "drops a column and its data; running code may still read it");
        }

        if (AddColumn().IsMatch(sql) && NotNull().IsMatch(sql) && !Default().IsMatch(sql))
        {
            yield return ("migration.not-null-without-default", "adds a NOT NULL column without a default: fails on existing rows or rewrites the table");
        }

        if (TypeChange().IsMatch(sql))
        {
            yield return ("migration.column-type-change", "changes a column's type: rewrites the table under an exclusive lock");
        }

        if (Rename().IsMatch(sql))
        {
            yield return ("migration.rename", "renames a table or column: running code still uses the old name");
        }

        if (postgreSql && CreateIndex().IsMatch(sql) && !sql.Contains("CONCURRENTLY", StringComparison.OrdinalIgnoreCase))
        {
            yield return ("migration.index-not-concurrent", "creates an index without CONCURRENTLY: blocks writes while it builds");
        }
    }

    [GeneratedRegex(@"^DROP TABLE\b", RegexOptions.IgnoreCase)]
    private static partial Regex DropTable();

    [GeneratedRegex(@"^ALTER TABLE .*\bDROP (COLUMN\b|(?!CONSTRAINT\b|INDEX\b|DEFAULT\b|NOT\b)""?\w)", RegexOptions.IgnoreCase)]
    private static partial Regex DropColumn();

    [GeneratedRegex(@"^ALTER TABLE .*\bADD (COLUMN\b|(?!CONSTRAINT\b|PRIMARY\b|FOREIGN\b|UNIQUE\b|CHECK\b|INDEX\b)""?\w)", RegexOptions.IgnoreCase)]
    private static partial Regex AddColumn();

    [GeneratedRegex(@"\bNOT NULL\b", RegexOptions.IgnoreCase)]
    private static partial Regex NotNull();

    [GeneratedRegex(@"\bDEFAULT\b|\bGENERATED\b", RegexOptions.IgnoreCase)]
    private static partial Regex Default();

    [GeneratedRegex(@"^ALTER TABLE .*\bALTER (COLUMN )?""?\w+""? (SET DATA )?TYPE\b", RegexOptions.IgnoreCase)]
    private static partial Regex TypeChange();

    [GeneratedRegex(@"^ALTER TABLE .*\bRENAME\b|^EXEC sp_rename\b", RegexOptions.IgnoreCase)]
    private static partial Regex Rename();

    [GeneratedRegex(@"^CREATE (UNIQUE )?INDEX\b", RegexOptions.IgnoreCase)]
    private static partial Regex CreateIndex();
}
