using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>Splits the SQL that migration tools print into statements per migration: an EF Core script marks the end
/// of each migration with its <c>__EFMigrationsHistory</c> insert, an Alembic <c>--sql</c> script the start with
/// <c>-- Running upgrade a -&gt; b</c>. Bookkeeping statements (history tables, transactions) are left out.</summary>
internal static partial class MigrationScripts
{
    public static IReadOnlyList<MigrationStatement> FromEfCore(string script)
    {
        var statements = new List<MigrationStatement>();
        var pending = new List<string>();
        foreach (var statement in Split(script))
        {
            if (EfHistoryInsert().Match(statement) is { Success: true } insert)
            {
                statements.AddRange(pending.Select(s => new MigrationStatement(insert.Groups[1].Value, s)));
                pending.Clear();
            }
            else if (!IsBookkeeping(statement))
            {
                pending.Add(statement);
            }
        }

        return statements;
    }

    public static IReadOnlyList<MigrationStatement> FromAlembic(string script)
    {
        var statements = new List<MigrationStatement>();
        var migration = "(base)";
        foreach (var chunk in AlembicMarker().Split(script).Select((text, index) => (text, index)))
        {
            if (chunk.index % 2 == 1)
            {
                migration = chunk.text.Trim();
                continue;
            }

            statements.AddRange(Split(chunk.text).Where(s => !IsBookkeeping(s)).Select(s => new MigrationStatement(migration, s)));
        }

        return statements;
    }

    private static IEnumerable<string> Split(string script) =>
        string.Join("\n", script.Replace("\uFEFF", string.Empty, StringComparison.Ordinal).Split('\n').Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            .Split(';').Select(s => WhiteSpace().Replace(s, " ").Trim()).Where(s => s.Length > 0);

    private static bool IsBookkeeping(string statement) =>
        statement.Contains("__EFMigrationsHistory", StringComparison.Ordinal) || statement.Contains("alembic_version", StringComparison.Ordinal)
        || statement is "BEGIN" or "BEGIN TRANSACTION" or "COMMIT" or "START TRANSACTION" || statement.StartsWith("PRAGMA ", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"__EFMigrationsHistory.*VALUES \('([^']+)'", RegexOptions.Singleline)]
    private static partial Regex EfHistoryInsert();

    [GeneratedRegex(@"^-- Running upgrade\s+(?:\S+\s+)?->\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AlembicMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
