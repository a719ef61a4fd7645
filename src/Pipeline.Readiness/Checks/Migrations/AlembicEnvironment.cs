using System.Text.RegularExpressions;

namespace Pipeline.Readiness.Checks.Migrations;

/// <summary>What the Alembic environment needs to apply its revisions, read from <c>env.py</c> and the version files
/// without importing them: PostgreSQL-only features (the <c>postgresql</c> dialect's types, extensions, GIN/GiST
/// indexes, casts) and an async engine (<c>create_async_engine</c>, <c>asyncpg</c>), which need a PostgreSQL database
/// and the <c>postgresql+asyncpg</c> driver rather than SQLite.</summary>
internal static partial class AlembicEnvironment
{
    /// <summary>The first PostgreSQL-only use (file, line, what), or null.</summary>
    public static (string File, int Line, string What)? PostgreSqlOnly(string scriptLocation, Func<string, string> relative) =>
        Files(scriptLocation).Select(f => (File: f, Match: PostgreSqlFeature().Match(File.ReadAllText(f)))).Where(x => x.Match.Success)
            .Select(x => ((string, int, string)?)(relative(x.File), LineOf(File.ReadAllText(x.File), x.Match.Index), x.Match.Value.Trim())).FirstOrDefault();

    /// <summary>Whether <c>env.py</c> runs the migrations on an async engine.</summary>
    public static bool IsAsync(string scriptLocation) =>
        File.Exists(Path.Combine(scriptLocation, "env.py")) && AsyncEngine().IsMatch(File.ReadAllText(Path.Combine(scriptLocation, "env.py")));

    /// <summary>The URL <c>env.py</c> gets for a database: <c>postgresql+asyncpg://</c> for an async environment.</summary>
    public static string UrlFor(string scriptLocation, string url) =>
        IsAsync(scriptLocation) && url.StartsWith("postgresql://", StringComparison.Ordinal) ? "postgresql+asyncpg://" + url["postgresql://".Length..] : url;

    private static IEnumerable<string> Files(string scriptLocation) =>
        new[] { Path.Combine(scriptLocation, "env.py") }.Where(File.Exists)
            .Concat(Directory.Exists(Path.Combine(scriptLocation, "versions")) ? Directory.GetFiles(Path.Combine(scriptLocation, "versions"), "*.py").Order(StringComparer.Ordinal) : []);

    private static int LineOf(string text, int index) => text[..index].Count(c => c == '\n') + 1;

    [GeneratedRegex(@"sqlalchemy\.dialects\.postgresql|from sqlalchemy\.dialects import postgresql|postgresql\.(?:JSONB|UUID|ARRAY|INET|CIDR|TSVECTOR|HSTORE|ENUM|INTERVAL|BYTEA)\b|CREATE EXTENSION|USING (?:gin|gist)\b|::jsonb|gen_random_uuid\(|postgresql_using\s*=|postgresql_concurrently\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex PostgreSqlFeature();

    [GeneratedRegex(@"async_engine_from_config|create_async_engine|\basyncpg\b|AsyncEngine|run_async_migrations")]
    private static partial Regex AsyncEngine();
}
